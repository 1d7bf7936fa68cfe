package dk.borgerraadgiver.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the citizen types as the one-time code: spaces are forgiven, anything but six digits is not a try. */
class CitizenCodeShapeTest {

    @Test
    void six_digits_with_spaces_are_a_code_and_anything_else_is_not() {
        assertThat(CitizenMessages.codeAsTyped(" 123 456 ")).contains("123456");
        assertThat(CitizenMessages.codeAsTyped("042917")).contains("042917");
        assertThat(CitizenMessages.codeAsTyped("")).isEmpty();
        assertThat(CitizenMessages.codeAsTyped("12345")).isEmpty();
        assertThat(CitizenMessages.codeAsTyped("1234567")).isEmpty();
        assertThat(CitizenMessages.codeAsTyped("12345a")).isEmpty();
    }
}
