package dk.borgerraadgiver.shared;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production refuses development secrets, each with one sentence naming the variable to set. */
class ProductionSettingsTest {

    private static final String GOOD = "k3Zr9QvXbq1m8Yh2Wc7tLp0sUe4Nf6Ga5Dj8Rx2Vz";

    private static MockEnvironment production(String linkSecret, String citizenSecret, String keyset) {
        var environment = new MockEnvironment()
                .withProperty("portal.private-link-secret", linkSecret)
                .withProperty("portal.citizen-key-secret", citizenSecret)
                .withProperty("portal.inquiry.keyset", keyset);
        environment.setActiveProfiles("prod");
        return environment;
    }

    @Test
    void the_development_link_secret_is_refused_by_name() {
        assertThatThrownBy(() -> ProductionSettings.check(production("dev-only-private-link-secret-change-me", GOOD, "{}")))
                .isInstanceOf(ProductionSettings.UnsafeProductionSettingsException.class)
                .hasMessageStartingWith("PRIVATE_LINK_SECRET is not set");
    }

    @Test
    void a_short_citizen_key_secret_is_refused_by_name() {
        assertThatThrownBy(() -> ProductionSettings.check(production(GOOD, "short-secret", "{}")))
                .hasMessageStartingWith("CITIZEN_KEY_SECRET is shorter than 32 bytes");
    }

    @Test
    void a_missing_attachment_keyset_is_refused_by_name() {
        assertThatThrownBy(() -> ProductionSettings.check(production(GOOD, GOOD + "x", "")))
                .hasMessageStartingWith("INQUIRY_KEYSET is not set");
    }

    @Test
    void real_secrets_pass_and_the_embedded_run_needs_none() {
        assertThatCode(() -> ProductionSettings.check(production(GOOD, GOOD + "x", "{\"key\":[]}"))).doesNotThrowAnyException();
        var embedded = new MockEnvironment().withProperty("portal.private-link-secret", "dev-only-private-link-secret-change-me");
        assertThatCode(() -> ProductionSettings.check(embedded)).doesNotThrowAnyException();
    }
}
