package dk.borgerraadgiver.inquiry.notices;

import java.util.Optional;

import dk.borgerraadgiver.inquiry.InquiryContent;
import dk.borgerraadgiver.inquiry.InquiryContents;
import dk.borgerraadgiver.inquiry.InquiryFollow;
import dk.borgerraadgiver.inquiry.InquiryStatus;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
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
    private final EncryptedFileStore store;

    public InquiryNotices(InquiryRepository inquiries, InquiryAttachmentRepository attachments, InquiryFollow follow,
                          EncryptedFileStore store) {
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.follow = follow;
        this.store = store;
    }

    /** Whether NemLog-in vouched for the power of attorney (Digital Fuldmagt) when the inquiry was sent. */
    public boolean powerOfAttorneyViaDigitalFuldmagt(long inquiryId) {
        return inquiries.findById(inquiryId).map(inquiry -> inquiry.poaDigital()).orElse(false);
    }

    /**
     * The CPR number of a citizen who sent the inquiry signed in with MitID, unsealed for casework to
     * make the pseudonymous citizen key from it; never logged, shown or mailed.
     */
    public Optional<String> verifiedCpr(long inquiryId) {
        return inquiries.findById(inquiryId).filter(inquiry -> inquiry.cprSealed() != null)
                .map(inquiry -> store.unseal(java.util.Objects.requireNonNull(inquiry.cprSealed()), InquiryIntake.CPR_PURPOSE));
    }

    public Optional<InquiryStatus> status(long inquiryId) {
        return inquiries.findById(inquiryId).map(follow::status);
    }

    /** The inquiry with its text, for the casework module registering a case; never for mail. */
    public Optional<InquiryContent> content(long inquiryId) {
        return inquiries.findById(inquiryId).map(inquiry -> InquiryContents.of(inquiry, attachments.findByInquiryIdOrderById(inquiryId)
                .stream().map(a -> new InquiryStatus.AttachmentInfo(a.id(), a.kind(), a.originalName(), a.mediaType(), a.sizeBytes()))
                .toList()));
    }


    public Optional<String> followToken(long inquiryId) {
        return inquiries.findById(inquiryId).map(follow::followToken);
    }
}
