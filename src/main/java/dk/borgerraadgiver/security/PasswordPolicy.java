package dk.borgerraadgiver.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (NIST SP 800-63B, as the Danish Agency for Digital Government
 * recommends): at least {@value #MINIMUM_LENGTH} characters, not the username, and not a common or
 * breached password — also not one with digits or symbols merely added before or after it. No
 * composition rules and no expiry. The list ships with the app ({@code security/common-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** Why a password is refused; the UI says it in the user's language. */
    public enum Problem { TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    public Optional<Problem> problemWith(String username, String password) {
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        var core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower) || (core.length() >= 4 && common.contains(core)) || repetitive(lower)) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc": one short run repeated. */
    private static boolean repetitive(String password) {
        for (int period = 1; period <= 3; period++) {
            var run = password.substring(0, period);
            if (run.repeat(password.length() / period + 1).startsWith(password)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#!") && !line.isBlank())
                    .forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
