package dk.borgerraadgiver.shared.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles, so it exists in Danish and English. This
 * scan of the sources fails on a literal handed to a component as visible or spoken text (as
 * petclinic's I18nPropertiesSyncTest does); an address or a single-character mark is not text.
 */
class HardCodedTextTest {

    private static final Pattern TEXT_LITERAL = Pattern.compile(
            "(?<!response\\.)(setText|setLabel|setAriaLabel|setHelperText|setPlaceholder|setTooltipText|setErrorMessage|setTitle"
                    + "|setHeader|setHeaderText|setConfirmText|setCancelText|setRejectText|setEmptySelectionCaption"
                    + "|Notification\\.show"
                    + "|new (Span|Paragraph|H[1-6]|Button|ListItem|NativeLabel|Checkbox|TextField|TextArea|EmailField"
                    + "|PasswordField|DatePicker|Select|Details|Notification))"
                    + "\\(\\s*\"([^\"]{2,})\"");
    private static final Pattern SPOKEN_ATTRIBUTE = Pattern.compile(
            "setAttribute\\(\\s*\"(aria-label|aria-description|title|alt)\"\\s*,\\s*\"([^\"]{2,})\"");
    private static final Pattern SECOND_ARGUMENT_OF_LINK = Pattern.compile(
            "new Anchor\\([^,;]+,\\s*\"([^\"]{2,})\"");

    @Test
    void no_component_gets_a_text_that_is_not_in_the_message_bundles() throws IOException {
        var found = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (var pattern : List.of(TEXT_LITERAL, SPOKEN_ATTRIBUTE, SECOND_ARGUMENT_OF_LINK)) {
                        var matcher = pattern.matcher(lines.get(i));
                        while (matcher.find()) {
                            var literal = matcher.group(matcher.groupCount());
                            if (literal.chars().anyMatch(Character::isLetter)) {
                                found.add(file + ":" + (i + 1) + " \"" + literal + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("texts written in the code instead of messages.properties").isEmpty();
    }

    @Test
    void the_scan_recognises_a_hard_coded_text() {
        assertThat(TEXT_LITERAL.matcher("toggle.setAriaLabel(\"Menu\");").find()).isTrue();
        assertThat(SPOKEN_ATTRIBUTE.matcher("x.getElement().setAttribute(\"aria-label\", \"Luk\")").find()).isTrue();
        assertThat(SECOND_ARGUMENT_OF_LINK.matcher("new Anchor(\"/x\", \"Hjem\")").find()).isTrue();
        assertThat(TEXT_LITERAL.matcher("new Span(getTranslation(\"a.b\"))").find()).isFalse();
        assertThat(TEXT_LITERAL.matcher("response.setHeader(\"X-Frame-Options\", \"DENY\");").find()).isFalse();
    }
}
