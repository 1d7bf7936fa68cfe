package dk.borgerraadgiver.inquiry.ui;

import dk.borgerraadgiver.inquiry.PreferredContact;
import java.util.Locale;
import java.util.Set;

import dk.borgerraadgiver.inquiry.Answer;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.StagedFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inquiry flow's answers and what follows from them, without a browser. */
class InquiryAnswersTest {

    @Test
    void a_relative_with_a_power_of_attorney_is_reminded_only_when_none_was_attached() {
        var answers = new InquiryAnswers();
        answers.representation = Representation.POWER_OF_ATTORNEY;
        assertThat(answers.powerOfAttorneyStillMissing()).isTrue();

        answers.files.add(file(AttachmentKind.EVIDENCE));
        assertThat(answers.powerOfAttorneyStillMissing()).as("evidence is not a power of attorney").isTrue();

        answers.files.add(file(AttachmentKind.POWER_OF_ATTORNEY));
        assertThat(answers.powerOfAttorneyStillMissing()).isFalse();

        answers.representation = Representation.SELF;
        answers.files.clear();
        assertThat(answers.powerOfAttorneyStillMissing()).as("a citizen writing for themselves needs none").isFalse();
    }

    @Test
    void the_submission_carries_every_answer_and_leaves_out_what_does_not_apply() {
        var answers = new InquiryAnswers();
        answers.need = InquiryNeed.COMPLAINT;
        answers.departmentContacted = Answer.NO;
        answers.concerns = Set.of("political");
        answers.subjectName = "Inge Hansen";
        answers.description = "Jeg har ventet længe.";
        answers.contact.setName(" Mette Hansen ");
        answers.contact.setPhone("22 33 44 55");
        answers.contact.chooseLanguage(Locale.ENGLISH);
        answers.preferredContact = PreferredContact.PHONE;

        var submission = answers.submission("stevns");

        assertThat(submission.subjectName()).as("writing for herself: no other person").isNull();
        assertThat(submission.email()).isNull();
        assertThat(submission.phone()).isEqualTo("22 33 44 55");
        assertThat(submission.contactName()).isEqualTo("Mette Hansen");
        assertThat(submission.desiredOutcome()).isNull();
        assertThat(submission.language()).isEqualTo(Locale.ENGLISH);
        assertThat(submission.screening().politicalDecision()).isTrue();
        assertThat(submission.screening().departmentContacted()).isEqualTo(Answer.NO);
        assertThat(submission.preferredContact()).isEqualTo(PreferredContact.PHONE);
    }

    @Test
    void nothing_is_answered_for_the_citizen_until_she_answers() {
        var answers = new InquiryAnswers();
        assertThat(answers.departmentContacted).isNull();
        assertThat(answers.preferredContact).isNull();
        assertThat(answers.screening().departmentContacted()).as("an unanswered question is read as not known")
                .isEqualTo(Answer.UNSURE);
        assertThat(answers.contact.chosenLanguage()).as("the mail language is not chosen for her").isNull();
    }

    @Test
    void without_a_chosen_language_the_mails_are_in_the_language_she_read_the_pages_in() {
        var answers = new InquiryAnswers();
        answers.contact.setPageLanguage(Locale.ENGLISH);
        assertThat(answers.contact.language()).isEqualTo(Locale.ENGLISH);
        answers.contact.chooseLanguage(Locale.of("da"));
        assertThat(answers.contact.language()).isEqualTo(Locale.of("da"));
    }

    private static StagedFile file(AttachmentKind kind) {
        return new StagedFile("id-" + kind, "fil.pdf", "application/pdf", 100, "0".repeat(64), kind);
    }
}
