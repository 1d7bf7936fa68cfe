package dk.borgerraadgiver.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactPrimitivesTest {

    @Test
    void an_email_address_is_kept_without_surrounding_spaces() {
        assertThat(new EmailAddress("  mette.hansen@example.dk ").value()).isEqualTo("mette.hansen@example.dk");
    }

    @Test
    void text_a_mail_server_would_refuse_is_not_an_email_address_and_the_error_does_not_repeat_it() {
        for (var bad : new String[]{"ikke en adresse", "a(b@example.dk", "a@b", "x@@example.dk", "a,b@example.dk",
                "<a@example.dk>", "a".repeat(250) + "@example.dk"}) {
            assertThat(EmailAddress.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> new EmailAddress(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(bad);
        }
    }

    @Test
    void a_phone_number_needs_eight_digits_and_may_start_with_plus() {
        assertThat(PhoneNumber.isValid("22 33 44 55")).isTrue();
        assertThat(PhoneNumber.isValid("+45 22334455")).isTrue();
        assertThat(PhoneNumber.isValid("1234 567")).isFalse();
        assertThat(PhoneNumber.isValid("        ")).isFalse();
        assertThat(PhoneNumber.isValid("22-33-44-55")).isFalse();
        assertThatThrownBy(() -> new PhoneNumber("ring mig")).hasMessageNotContaining("ring mig");
    }

    @Test
    void a_stored_contact_keeps_only_valid_ways_to_reach_the_citizen() {
        var contact = new StoredContact("Mette Hansen", "mette@example.dk", null);
        assertThat(contact.email()).isEqualTo("mette@example.dk");
        assertThat(contact.phone()).isNull();
        assertThat(new StoredContact("Walk-in uden kontakt", null, null).name()).isEqualTo("Walk-in uden kontakt");
        assertThatThrownBy(() -> new StoredContact(" ", "mette@example.dk", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredContact("Mette", "a(b@example.dk", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredContact("Mette", null, "ring mig")).isInstanceOf(IllegalArgumentException.class);
    }
}
