package dk.borgerraadgiver.inquiry.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryAttachmentRepository extends JpaRepository<InquiryAttachment, Long> {

    List<InquiryAttachment> findByInquiryIdOrderById(long inquiryId);

}
