package dk.borgerraadgiver.shared.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void danish_and_english_have_the_same_keys() throws IOException {
        var danish = keys(load("messages.properties"));
        var english = keys(load("messages_en.properties"));

        assertThat(english).as("keys missing in English").containsAll(danish);
        assertThat(danish).as("keys missing in Danish").containsAll(english);
    }

    @Test
    void no_text_is_empty_or_left_untranslated() throws IOException {
        var danish = load("messages.properties");
        var english = load("messages_en.properties");

        for (String key : danish.stringPropertyNames()) {
            assertThat(danish.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key, "")).as(key).isNotBlank();
        }
        var sameInBothLanguages = Set.of("E-mail", "E-mail:", "Status", "Center", "Reference", "{0}: {1}", "{0}");
        var identical = danish.stringPropertyNames().stream()
                .filter(key -> danish.getProperty(key).equals(english.getProperty(key)))
                .filter(key -> !sameInBothLanguages.contains(danish.getProperty(key)))
                .toList();
        assertThat(identical).as("texts that look untranslated").isEmpty();
    }

    @Test
    void texts_with_arguments_use_no_plain_apostrophes() throws IOException {
        for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
            var texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                var text = texts.getProperty(key);
                if (text.contains("{0")) {
                    assertThat(text).as(bundle + " " + key + " (MessageFormat would swallow it)").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void counts_are_written_as_plurals_not_with_a_bracketed_ending() throws IOException {
        // "1 hverdag(e)", "3 minute(s)": a count's word is chosen with {n,choice,...} instead.
        var bracketedEnding = Pattern.compile("\\p{L}\\((e|r|er|re|te|ter|s|es)\\)");
        for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
            var texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                assertThat(bracketedEnding.matcher(texts.getProperty(key)).find()).as(bundle + " " + key).isFalse();
            }
        }
    }

    @Test
    void a_count_reads_as_one_or_many() throws IOException {
        var wait = new MessageFormat(load("messages.properties").getProperty("booking.error.RATE_LIMITED"), Locale.of("da"));
        assertThat(wait.format(new Object[]{1})).contains("Vent 1 minut, og");
        assertThat(wait.format(new Object[]{14})).contains("Vent 14 minutter, og");
        var reminders = new MessageFormat(load("messages_en.properties").getProperty("forward.reminders"), Locale.ENGLISH);
        assertThat(reminders.format(new Object[]{1})).isEqualTo("1 reminder");
        assertThat(reminders.format(new Object[]{2})).isEqualTo("2 reminders");
    }
}
