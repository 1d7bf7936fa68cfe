package dk.borgerraadgiver.inquiry;

import java.util.List;

import dk.borgerraadgiver.inquiry.internal.Inquiry;

/** How a stored inquiry becomes the {@link InquiryContent} that staff read. */
public final class InquiryContents {

    private InquiryContents() {
    }

    public static InquiryContent of(Inquiry inquiry, List<InquiryStatus.AttachmentInfo> files) {
        return new InquiryContent(inquiry.id(), inquiry.reference(), inquiry.municipalityId(), inquiry.need(),
                inquiry.departmentId(), inquiry.screening(), inquiry.representation(), inquiry.subjectName(),
                inquiry.custodyConfirmed(), inquiry.description(), inquiry.desiredOutcome(), inquiry.contactName(),
                inquiry.contactEmail(), inquiry.contactPhone(), inquiry.preferredContact(), inquiry.voicemailOk(),
                inquiry.language(), inquiry.submittedAt(), files);
    }
}
