package dk.borgerraadgiver.shared;

import java.util.regex.Pattern;

/**
 * An e-mail address a mail server will accept: a local part and a domain with a top-level name,
 * at most 254 characters, no spaces and no characters that start a comment or a list in a mail
 * header. Valid by construction; the error never repeats what was typed.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SYNTAX = Pattern.compile("[^@\\s(),;:<>\\[\\]\"\\\\]{1,64}@[^@\\s(),;:<>\\[\\]\"\\\\]{1,190}\\.[A-Za-z]{2,}");

    public EmailAddress {
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid e-mail address");
        }
    }

    /** Whether the text, without surrounding spaces, is an address; checks the size before the syntax. */
    public static boolean isValid(String text) {
        var candidate = text.strip();
        return candidate.length() <= MAX_LENGTH && SYNTAX.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
