package dk.borgerraadgiver.shared;

import java.util.regex.Pattern;

/**
 * A phone number as citizens write it: at least 8 digits, spaces allowed, an optional leading +
 * (e.g. "+45 22 33 44 55"). Valid by construction; the error never repeats what was typed.
 */
public record PhoneNumber(String value) {

    private static final Pattern SYNTAX = Pattern.compile("\\+?[0-9 ]{8,20}");

    public PhoneNumber {
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid phone number");
        }
    }

    public static boolean isValid(String text) {
        var candidate = text.strip();
        return candidate.length() <= 20 && SYNTAX.matcher(candidate).matches()
                && candidate.chars().filter(Character::isDigit).count() >= 8;
    }

    @Override
    public String toString() {
        return value;
    }
}
