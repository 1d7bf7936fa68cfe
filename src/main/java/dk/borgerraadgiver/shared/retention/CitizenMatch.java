package dk.borgerraadgiver.shared.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the advisor typed to find a citizen (CPR number, e-mail, phone or name), read once, so that
 * cases, bookings and visit requests are searched by the same rule. The contact columns are the ones
 * {@link dk.borgerraadgiver.shared.StoredContact} maps: {@code citizen_name}, {@code citizen_email},
 * {@code citizen_phone}. A CPR number is never stored; it finds cases through the pseudonymous key.
 */
public record CitizenMatch(String text, @Nullable String email, @Nullable String phone, @Nullable String name) {

    public static CitizenMatch of(String typed) {
        var text = typed.strip();
        if (text.contains("@")) {
            return new CitizenMatch(text, text.toLowerCase(Locale.ROOT), null, null);
        }
        var digits = text.replaceAll("[\\s\\-+()]", "");
        if (digits.matches("\\d+")) {
            if (digits.length() == 10 && digits.startsWith("45")) {
                return new CitizenMatch(text, null, digits.substring(2), null);
            }
            return new CitizenMatch(text, null, digits.length() == 8 ? digits : null, null);
        }
        return text.length() >= 3 ? new CitizenMatch(text, null, null, text.toLowerCase(Locale.ROOT))
                : new CitizenMatch(text, null, null, null);
    }

    /** Whether a search would mean anything (an identifier, not two letters). */
    public boolean isUsable() {
        return text.length() >= 3;
    }

    /** A condition on the contact columns of the table aliased {@code alias}, or FALSE when none applies. */
    public String condition(String alias) {
        var parts = new ArrayList<String>();
        if (email != null) {
            parts.add("lower(" + alias + ".citizen_email) = ?");
        }
        if (phone != null) {
            parts.add("right(regexp_replace(" + alias + ".citizen_phone, '[^0-9]', ''), 8) = ?");
        }
        if (name != null) {
            parts.add("lower(" + alias + ".citizen_name) = ?");
        }
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
    }

    /** The arguments of {@link #condition}, in order. */
    public List<Object> arguments() {
        var arguments = new ArrayList<Object>();
        if (email != null) {
            arguments.add(email);
        }
        if (phone != null) {
            arguments.add(phone);
        }
        if (name != null) {
            arguments.add(name);
        }
        return arguments;
    }
}
