package dk.borgerraadgiver.inquiry;

import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.inquiry.internal.Inquiry;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachmentRepository;

import dk.borgerraadgiver.inquiry.internal.InquiryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module may know to write a receipt: the status (no text) and the follow
 * link. Called from event listeners, where nobody is signed in.
 */
@Service
@Transactional(readOnly = true)
public class InquiryNotices {

    private final InquiryRepository inquiries;
    private final InquiryAttachmentRepository attachments;
    private final InquiryFollow follow;

    InquiryNotices(InquiryRepository inquiries, InquiryAttachmentRepository attachments, InquiryFollow follow) {
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.follow = follow;
    }

    public Optional<InquiryStatus> status(long inquiryId) {
        return inquiries.findById(inquiryId).map(follow::status);
    }

    /** The inquiry with its text, for the casework module registering a case; never for mail. */
    public Optional<InquiryContent> content(long inquiryId) {
        return inquiries.findById(inquiryId).map(inquiry -> content(inquiry, attachments.findByInquiryIdOrderById(inquiryId)
                .stream().map(a -> new InquiryStatus.AttachmentInfo(a.id(), a.kind(), a.originalName(), a.mediaType(), a.sizeBytes()))
                .toList()));
    }

    static InquiryContent content(Inquiry inquiry, List<InquiryStatus.AttachmentInfo> files) {
        return new InquiryContent(inquiry.id(), inquiry.reference(), inquiry.municipalityId(), inquiry.need(),
                inquiry.departmentId(), inquiry.screening(), inquiry.representation(), inquiry.subjectName(),
                inquiry.custodyConfirmed(), inquiry.description(), inquiry.desiredOutcome(), inquiry.contactName(),
                inquiry.contactEmail(), inquiry.contactPhone(), inquiry.preferredContact(), inquiry.voicemailOk(),
                inquiry.language(), inquiry.submittedAt(), files);
    }

    public Optional<String> followToken(long inquiryId) {
        return inquiries.findById(inquiryId).map(follow::followToken);
    }
}
