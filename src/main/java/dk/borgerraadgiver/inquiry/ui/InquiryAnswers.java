package dk.borgerraadgiver.inquiry.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dk.borgerraadgiver.inquiry.Answer;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm.ContactDetails;
import org.jspecify.annotations.Nullable;

/**
 * What the citizen has answered so far in the inquiry flow, kept while going back and forth between
 * the steps, and what follows from it: the screening, the submission, which questions apply.
 */
final class InquiryAnswers {

    /** The concerns a citizen can tick on the screening step, as the keys of their texts. */
    static final List<String> CONCERNS = List.of("appealable", "political", "staff", "otherAuthority");

    @Nullable InquiryNeed need;
    @Nullable Long departmentId;
    /** Not answered until the citizen chooses: no answer is chosen for her (GOV.UK). */
    @Nullable Answer departmentContacted;
    boolean forwardConsent;
    @Nullable LocalDate happenedOn;
    Set<String> concerns = Set.of();
    Representation representation = Representation.SELF;
    String subjectName = "";
    boolean custodyConfirmed;
    String description = "";
    String desiredOutcome = "";
    final ContactDetails contact = new ContactDetails();
    @Nullable PreferredContact preferredContact;
    boolean voicemailOk;
    final List<StagedFile> files = new ArrayList<>();

    InquiryNeed need() {
        return Objects.requireNonNull(need, "the need is asked first");
    }

    Screening screening() {
        return screening(Answer.UNSURE);
    }

    /** The screening with an unanswered first question read as the given answer. */
    Screening screening(Answer unanswered) {
        return new Screening(departmentContacted == null ? unanswered : departmentContacted, forwardConsent, happenedOn, concerns.contains("appealable"),
                concerns.contains("political"), concerns.contains("staff"), concerns.contains("otherAuthority"));
    }

    boolean powerOfAttorneyAttached() {
        return files.stream().anyMatch(f -> f.kind() == AttachmentKind.POWER_OF_ATTORNEY);
    }

    /** The receipt reminds the citizen to send the power of attorney later when it is needed and was not attached. */
    boolean powerOfAttorneyStillMissing() {
        return representation == Representation.POWER_OF_ATTORNEY && !powerOfAttorneyAttached();
    }

    InquirySubmission submission(String municipalitySlug) {
        return new InquirySubmission(municipalitySlug, need(), departmentId, screening(), representation,
                representation == Representation.SELF ? null : subjectName, custodyConfirmed, description,
                desiredOutcome.isEmpty() ? null : desiredOutcome, contact.name(),
                contact.email().isEmpty() ? null : contact.email(), contact.phone().isEmpty() ? null : contact.phone(),
                Objects.requireNonNull(preferredContact, "asked on the contact step"), voicemailOk, contact.language(),
                List.copyOf(files));
    }
}
