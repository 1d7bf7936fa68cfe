package dk.borgerraadgiver.inquiry;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Everything the citizen answered, checked again by {@link InquiryIntake} before anything is stored. */
public record InquirySubmission(
        String municipalitySlug,
        InquiryNeed need,
        @Nullable Long departmentId,
        Screening screening,
        Representation representation,
        @Nullable String subjectName,
        boolean custodyConfirmed,
        String description,
        @Nullable String desiredOutcome,
        String contactName,
        @Nullable String email,
        @Nullable String phone,
        PreferredContact preferredContact,
        boolean voicemailOk,
        Locale language,
        List<StagedFile> attachments) {

    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_OUTCOME = 5_000;

    /** The same submission under another contact name (the one MitID gave a signed-in citizen). */
    public InquirySubmission withContactName(String name) {
        return new InquirySubmission(municipalitySlug, need, departmentId, screening, representation, subjectName,
                custodyConfirmed, description, desiredOutcome, name, email, phone, preferredContact, voicemailOk, language,
                attachments);
    }

    @Override
    public String toString() {
        return "InquirySubmission[" + municipalitySlug + ", " + need + "]";
    }
}
