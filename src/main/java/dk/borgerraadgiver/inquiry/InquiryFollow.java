package dk.borgerraadgiver.inquiry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.inquiry.internal.Inquiry;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachment;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachmentRepository;
import dk.borgerraadgiver.inquiry.internal.InquiryRepository;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizen can do with the private link after sending: see the status, and send the signed
 * power of attorney (or guardian appointment) that was not ready at the time.
 */
@Service
public class InquiryFollow {

    private final InquiryRepository inquiries;
    private final InquiryAttachmentRepository attachments;
    private final MunicipalityDirectory municipalities;
    private final EncryptedFileStore store;
    private final PrivateLinks links;
    private final InquiryProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InquiryFollow(InquiryRepository inquiries, InquiryAttachmentRepository attachments,
                  MunicipalityDirectory municipalities, EncryptedFileStore store, PrivateLinks links,
                  InquiryProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.municipalities = municipalities;
        this.store = store;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<InquiryStatus> findByLink(String token) {
        return inquiry(token).map(this::status);
    }

    /** Adds a document sent after the inquiry, within the same limits as at the start. */
    @Transactional
    public void addDocument(String token, StagedFile file) {
        var inquiry = inquiry(token).orElseThrow(() -> new InvalidSubmissionException("link"));
        var existing = attachments.findByInquiryIdOrderById(inquiry.id());
        if (existing.size() >= properties.maxFiles()) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_MANY);
        }
        if (existing.stream().mapToLong(InquiryAttachment::sizeBytes).sum() + file.size() > properties.maxTotalSize().toBytes()) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOTAL_TOO_LARGE);
        }
        if (!store.isStaged(file.id())) {
            throw new InvalidSubmissionException("attachmentsExpired");
        }
        var attachment = attachments.saveAndFlush(new InquiryAttachment(inquiry.id(), file, clock.instant()));
        try {
            store.keep(file.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new InquiryDocumentAdded(inquiry.id(), inquiry.municipalityId(), attachment.id(), file.kind()));
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
