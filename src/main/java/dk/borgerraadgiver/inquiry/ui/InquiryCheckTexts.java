package dk.borgerraadgiver.inquiry.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.organisation.DepartmentNode;

/** How each answer reads on "Tjek dine svar": one home for the words, so the flow only lays out the rows. */
final class InquiryCheckTexts {

    private final Component on;
    private final Locale locale;
    private final InquiryAnswers answers;

    InquiryCheckTexts(Component on, Locale locale, InquiryAnswers answers) {
        this.on = on;
        this.locale = locale;
        this.answers = answers;
    }

    String need() {
        return on.getTranslation("inquiry.need." + answers.need().name());
    }

    String department(List<DepartmentNode> departments) {
        return answers.departmentId == null ? on.getTranslation("inquiry.department.unknown")
                : departments.stream().filter(d -> d.id() == answers.departmentId).findFirst().map(DepartmentNode::name).orElse("");
    }

    String contacted() {
        return on.getTranslation("inquiry.answer." + answers.screening().departmentContacted().name());
    }

    String happenedOn() {
        return answers.happenedOn == null ? on.getTranslation("inquiry.check.notGiven")
                : answers.happenedOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    String concerns() {
        return answers.concerns.isEmpty() ? none() : String.join(", ", InquiryAnswers.CONCERNS.stream()
                .filter(answers.concerns::contains).map(key -> on.getTranslation("inquiry.screening.concern." + key)).toList());
    }

    String who() {
        return answers.representation == Representation.SELF ? on.getTranslation("inquiry.representation.SELF")
                : on.getTranslation("inquiry.representation." + answers.representation.name()) + ": " + answers.subjectName;
    }

    String description() {
        return abbreviated(answers.description);
    }

    String desiredOutcome() {
        return answers.desiredOutcome.isEmpty() ? none() : abbreviated(answers.desiredOutcome);
    }

    String files() {
        return answers.files.isEmpty() ? none() : String.join(", ", answers.files.stream().map(StagedFile::displayName).toList());
    }

    String contact() {
        return String.join(", ", Stream.of(answers.contact.email(), answers.contact.phone()).filter(v -> !v.isBlank()).toList());
    }

    String preferredContact() {
        return on.getTranslation("inquiry.contact.preferred." + Objects.requireNonNull(answers.preferredContact).name());
    }

    private String none() {
        return on.getTranslation("booking.check.none");
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + " …" : text;
    }
}
