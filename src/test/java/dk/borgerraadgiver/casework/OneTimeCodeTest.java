package dk.borgerraadgiver.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the citizen types as the one-time code: spaces are forgiven, anything but six digits is not a try. */
class OneTimeCodeTest {

    @Test
    void six_digits_with_spaces_are_a_code_and_anything_else_is_not() {
        assertThat(OneTimeCode.asTyped(" 123 456 ")).contains("123456");
        assertThat(OneTimeCode.asTyped("042917")).contains("042917");
        assertThat(OneTimeCode.asTyped("")).isEmpty();
        assertThat(OneTimeCode.asTyped("12345")).isEmpty();
        assertThat(OneTimeCode.asTyped("1234567")).isEmpty();
        assertThat(OneTimeCode.asTyped("12345a")).isEmpty();
    }

    @Test
    void a_made_code_has_six_digits_and_matches_its_hash_only_as_itself() {
        var code = OneTimeCode.generate();
        var stored = OneTimeCode.hash(code);

        assertThat(code).matches("\\d{6}");
        assertThat(stored).as("only the SHA-256 is kept").hasSize(64);
        assertThat(OneTimeCode.matches(code.substring(0, 3) + " " + code.substring(3), stored)).isTrue();
        var other = code.equals("000000") ? "000001" : "000000";
        assertThat(OneTimeCode.matches(other, stored)).isFalse();
        assertThat(OneTimeCode.matches("", stored)).isFalse();
    }
}
