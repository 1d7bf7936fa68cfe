package dk.borgerraadgiver.booking;

import java.util.Locale;

import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Who booked and how to reach them: a name and at least one of e-mail and phone. Checked here, on
 * the server, whatever the form already checked; messages never repeat what was typed.
 */
public record CitizenContact(String name, @Nullable String email, @Nullable String phone, Locale language,
                             String needs, @Nullable String topic) {

    public static final int MAX_TOPIC = 300;

    public CitizenContact {
        name = name.strip();
        email = blankToNull(email);
        phone = blankToNull(phone);
        topic = blankToNull(topic);
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidContactException("name");
        }
        if (email == null && phone == null) {
            throw new InvalidContactException("contact");
        }
        if (email != null && !EmailAddress.isValid(email)) {
            throw new InvalidContactException("email");
        }
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new InvalidContactException("phone");
        }
        if (topic != null && topic.length() > MAX_TOPIC) {
            throw new InvalidContactException("topic");
        }
        if (needs.length() > 300) {
            throw new InvalidContactException("needs");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Which field is wrong; the UI turns the field name into a message the citizen can act on. */
    public static class InvalidContactException extends IllegalArgumentException {
        private final String field;

        public InvalidContactException(String field) {
            super("Invalid citizen contact: " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
