package dk.borgerraadgiver.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How a citizen can be reached, as a booking, a home-visit request and a case store it (columns
 * {@code citizen_name}, {@code citizen_email}, {@code citizen_phone}): a name, and an e-mail address
 * and a phone number when known, each checked as {@link EmailAddress} and {@link PhoneNumber}. (A booking
 * needs one of the two; a walk-in registered by the advisor may have neither.)
 */
@Embeddable
public class StoredContact {

    @Column(name = "citizen_name")
    private String name;
    @Column(name = "citizen_email")
    private @Nullable String email;
    @Column(name = "citizen_phone")
    private @Nullable String phone;

    protected StoredContact() {
        this.name = "";
    }

    /** The placeholder an entity holds before JPA fills it from its row; never stored. */
    public static StoredContact beforeLoading() {
        return new StoredContact();
    }

    public StoredContact(String name, @Nullable String email, @Nullable String phone) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A contact has a name");
        }
        if (email != null && !EmailAddress.isValid(email)) {
            throw new IllegalArgumentException("Not a valid e-mail address");
        }
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new IllegalArgumentException("Not a valid phone number");
        }
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }
}
