package dk.borgerraadgiver.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refuses_short_common_repetitive_and_username_passwords_and_accepts_a_sentence() {
        assertThat(policy.problemWith("anne", "elleve-tegn")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.problemWith("anne", "x".repeat(129))).contains(PasswordPolicy.Problem.TOO_LONG);
        assertThat(policy.problemWith("anne", "Anne-Holm-2026")).contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
        assertThat(policy.problemWith("anne", "password12345")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.problemWith("anne", "2024!Sommer2024!")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.problemWith("anne", "123456789012")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.problemWith("anne", "abcabcabcabc")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.problemWith("anne", "tre grønne æbler på bordet")).isEmpty();
        assertThat(policy.problemWith("anne", "Kaffe-i-kantinen-kl-10")).isEmpty();
    }
}
