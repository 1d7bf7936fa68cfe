package dk.borgerraadgiver.inquiry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachmentRepository;
import dk.borgerraadgiver.inquiry.internal.InquiryRepository;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff read the files of inquiries in the municipalities they serve, decrypted as a stream. */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class AttachmentArchive {

    private final InquiryRepository inquiries;
    private final InquiryAttachmentRepository attachments;
    private final EncryptedFileStore store;
    private final StaffScope scope;

    AttachmentArchive(InquiryRepository inquiries, InquiryAttachmentRepository attachments, EncryptedFileStore store,
                      StaffScope scope) {
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.store = store;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public List<InquiryStatus.AttachmentInfo> attachmentsOf(long inquiryId) {
        var inquiry = inquiries.findById(inquiryId).orElseThrow();
        scope.requireServes(inquiry.municipalityId());
        return attachments.findByInquiryIdOrderById(inquiryId).stream()
                .map(a -> new InquiryStatus.AttachmentInfo(a.id(), a.kind(), a.originalName(), a.mediaType(), a.sizeBytes()))
                .toList();
    }

    /**
     * The whole inquiry for the advisor's case page. Without a signed-in user (an event listener
     * registering the case) use {@link dk.borgerraadgiver.inquiry.notices.InquiryNotices#content(long)}.
     */
    @Transactional(readOnly = true)
    public InquiryContent content(long inquiryId) {
        var inquiry = inquiries.findById(inquiryId).orElseThrow();
        scope.requireServes(inquiry.municipalityId());
        return InquiryContents.of(inquiry, attachmentsOf(inquiryId));
    }

    /** Opens a file kept for another module (a citizen's reply in a case); that module checks the scope. */
    public InputStream openKept(String storedName) throws IOException {
        return store.openKept(storedName);
    }

    /** The decrypted content; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(long attachmentId) throws IOException {
        var attachment = attachments.findById(attachmentId).orElseThrow();
        var inquiry = inquiries.findById(attachment.inquiryId()).orElseThrow();
        scope.requireServes(inquiry.municipalityId());
        return store.openKept(attachment.storedName());
    }
}
