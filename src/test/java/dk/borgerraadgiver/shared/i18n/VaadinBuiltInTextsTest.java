package dk.borgerraadgiver.shared.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Vaadin component left with its English built-in texts ("Today", "Cancel", "Show password", a
 * Sunday-first calendar, no message for 31.02) on a Danish page fails here: pickers and password
 * fields are the portal's own localised subclasses, and every upload, number, e-mail and login
 * component and every cancelable confirmation sets its texts in the file that makes it.
 */
class VaadinBuiltInTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PORTAL_CLASS = Pattern.compile("class Portal\\w+");
    private static final List<Rule> RULES = List.of(
            new Rule("new DatePicker(", null, "use PortalDatePicker"),
            new Rule("new DateTimePicker(", null, "use a DateInput with a time select (as VisitProposal does)"),
            new Rule("new TimePicker(", null, "use PortalTimePicker"),
            new Rule("new PasswordField(", null, "use PortalPasswordField"),
            new Rule("new Select<", null, "use PortalSelect, whose opened list has a name"),
            // A subclass of a component is made with its defaults too; the Portal* classes are the localised ones.
            new Rule("extends Select<", PORTAL_CLASS, "extend PortalSelect"),
            new Rule("extends DatePicker", PORTAL_CLASS, "extend PortalDatePicker"),
            new Rule("extends TimePicker", PORTAL_CLASS, "extend PortalTimePicker"),
            new Rule("extends PasswordField", PORTAL_CLASS, "extend PortalPasswordField"),
            new Rule("new Upload(", Pattern.compile("setI18n\\(UploadTexts"), "set UploadTexts"),
            new Rule("new IntegerField(", Pattern.compile("setI18n\\("), "set IntegerFieldI18n"),
            new Rule("new EmailField(", Pattern.compile("setI18n\\("), "set EmailFieldI18n"),
            new Rule("new LoginForm(", Pattern.compile("setI18n\\("), "set LoginI18n"),
            new Rule("setCancelable(true)", Pattern.compile("setCancelText\\("), "name the cancel button"));

    record Rule(String made, Pattern localised, String advice) {
    }

    @Test
    void no_vaadin_component_keeps_its_english_built_in_texts() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                problems(Files.readString(file)).forEach(problem -> found.add(SOURCES.relativize(file) + ": " + problem));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_rules_catch_components_left_at_their_defaults_and_pass_localised_ones() {
        assertThat(problems("var day = new DatePicker(getTranslation(\"day\"));")).containsExactly("new DatePicker( – use PortalDatePicker");
        assertThat(problems("var n = new IntegerField(\"x\");")).hasSize(1);
        assertThat(problems("var n = new IntegerField(\"x\"); n.setI18n(FieldTexts.wholeNumber(this, 0, 9));")).isEmpty();
        assertThat(problems("dialog.setCancelable(true);")).hasSize(1);
        assertThat(problems("var day = new PortalDatePicker(\"Dag\");")).isEmpty();
        assertThat(problems("final class MunicipalityPicker extends Select<MunicipalitySummary> {")).hasSize(1);
        assertThat(problems("public class PortalSelect<T> extends Select<T> {")).isEmpty();
    }

    private static List<String> problems(String source) {
        return RULES.stream().filter(rule -> source.contains(rule.made())
                        && (rule.localised() == null || !rule.localised().matcher(source).find()))
                .map(rule -> rule.made() + " – " + rule.advice()).toList();
    }
}
