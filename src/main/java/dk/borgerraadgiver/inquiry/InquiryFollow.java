package dk.borgerraadgiver.inquiry;

import java.time.Clock;
import java.util.Optional;

import dk.borgerraadgiver.inquiry.internal.Inquiry;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachmentRepository;
import dk.borgerraadgiver.inquiry.internal.InquiryRepository;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.LinkLifetimes;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizen's private follow link shows after sending: the status of the inquiry and the way to
 * its case's secure messages (where the receipt and sending more files wait behind a one-time code).
 */
@Service
public class InquiryFollow {

    private final InquiryRepository inquiries;
    private final InquiryAttachmentRepository attachments;
    private final MunicipalityDirectory municipalities;
    private final PrivateLinks links;
    private final Clock clock;
    private final InquiryCaseProgress caseProgress;

    InquiryFollow(InquiryRepository inquiries, InquiryAttachmentRepository attachments,
                  MunicipalityDirectory municipalities, PrivateLinks links, Clock clock, InquiryCaseProgress caseProgress) {
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.municipalities = municipalities;
        this.links = links;
        this.clock = clock;
        this.caseProgress = caseProgress;
    }

    /**
     * What the follow link shows: the inquiry's status and the way to its case's secure messages, or,
     * for a genuine link to a case closed more than {@link LinkLifetimes#AFTER_CLOSING} ago, only that
     * it has expired and whom to call.
     */
    @Transactional(readOnly = true)
    public Optional<FollowPage> findByLink(String token) {
        return inquiry(token).map(inquiry -> {
            var status = status(inquiry);
            var progress = caseProgress.forInquiry(inquiry.id());
            boolean expired = progress.map(p -> LinkLifetimes.expired(p.closedAt(), LinkLifetimes.AFTER_CLOSING, clock.instant()))
                    .orElse(false);
            var municipality = municipalities.findById(inquiry.municipalityId()).orElseThrow();
            return new FollowPage(expired ? null : status, progress.map(p -> p.closedAt() != null).orElse(false),
                    expired ? null : progress.map(InquiryCaseProgress.CaseProgress::messagesPath).orElse(null),
                    municipality.id(), municipality.name(), municipality.contactPhone());
        });
    }

    /**
     * The follow page's content. {@code status} is null when the link has expired; the receipt and
     * adding files are behind {@code messagesPath}, where the citizen first gives a one-time code.
     */
    public record FollowPage(@Nullable InquiryStatus status, boolean caseClosed, @Nullable String messagesPath,
                             long municipalityId, String municipalityName, String municipalityPhone) {
        public boolean expired() {
            return status == null;
        }
    }

    Optional<Inquiry> inquiryById(long id) {
        return inquiries.findById(id);
    }

    Optional<Inquiry> inquiry(String token) {
        var claimed = links.claimedId(token);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return inquiries.findById(claimed.getAsLong())
                .filter(inquiry -> links.matches(token, InquiryIntake.LINK_PURPOSE, inquiry.id(), inquiry.followNonce()));
    }

    public InquiryStatus status(Inquiry inquiry) {
        var municipality = municipalities.findById(inquiry.municipalityId()).orElseThrow();
        var files = attachments.findByInquiryIdOrderById(inquiry.id()).stream()
                .map(a -> new InquiryStatus.AttachmentInfo(a.id(), a.kind(), a.originalName(), a.mediaType(), a.sizeBytes()))
                .toList();
        return new InquiryStatus(inquiry.id(), inquiry.reference(), inquiry.municipalityId(), municipality.name(),
                inquiry.need(), inquiry.representation(), inquiry.subjectName(), inquiry.contactName(),
                inquiry.contactEmail(), PortalLanguages.of(inquiry.language()), inquiry.status(), inquiry.submittedAt(), files,
                municipality.callbackWorkingDays());
    }

    public String followToken(Inquiry inquiry) {
        return links.token(InquiryIntake.LINK_PURPOSE, inquiry.id(), inquiry.followNonce());
    }
}
