package dk.borgerraadgiver.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What the private follow link shows: the inquiry's reference, status and files, without its text. */
public record InquiryStatus(long id, String reference, long municipalityId, String municipalityName, InquiryNeed need,
                            Representation representation, @Nullable String subjectName, String contactName,
                            @Nullable String contactEmail, Locale language, String status, Instant submittedAt,
                            List<AttachmentInfo> attachments, int callbackWorkingDays) {

    /** One attached file, by the name the citizen gave it. */
    public record AttachmentInfo(long id, AttachmentKind kind, String name, String mediaType, long size) {
    }

    public boolean hasPowerOfAttorney() {
        return attachments.stream().anyMatch(a -> a.kind() == AttachmentKind.POWER_OF_ATTORNEY);
    }

    @Override
    public String toString() {
        return "InquiryStatus[" + reference + "]";
    }
}
