package dk.borgerraadgiver.inquiry;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The whole inquiry as the citizen sent it, for the advisor's case page only. */
public record InquiryContent(long id, String reference, long municipalityId, InquiryNeed need, @Nullable Long departmentId,
                             Screening screening, Representation representation, @Nullable String subjectName,
                             boolean custodyConfirmed, String description, @Nullable String desiredOutcome,
                             String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
                             PreferredContact preferredContact, boolean voicemailOk, String language,
                             Instant submittedAt, List<InquiryStatus.AttachmentInfo> attachments) {

    public boolean needsPowerOfAttorney() {
        return representation == Representation.POWER_OF_ATTORNEY || representation == Representation.GUARDIAN;
    }

    public boolean hasAuthorityDocument() {
        return attachments.stream().anyMatch(a -> a.kind() != AttachmentKind.EVIDENCE);
    }

    @Override
    public String toString() {
        return "InquiryContent[" + reference + "]";
    }
}
