package dk.borgerraadgiver.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * With the {@code prod} profile the portal does not start on development secrets: the private-link
 * secret and the citizen-key secret must be set, differ from the development values and have at
 * least 32 bytes, and the attachment keyset must be given. Each refusal is one sentence that names
 * the variable to set. The embedded run (no profile) keeps working with zero configuration.
 */
public class ProductionSettings implements EnvironmentPostProcessor {

    static final int MIN_SECRET_BYTES = 32;
    private static final String[] DEVELOPMENT_VALUES = {"dev-only-private-link-secret-change-me", "dev-only-citizen-key-secret"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    /** Throws {@link UnsafeProductionSettingsException} when the prod profile meets a development default. */
    static void check(Environment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        requireSecret(environment, "portal.private-link-secret", "PRIVATE_LINK_SECRET");
        requireSecret(environment, "portal.citizen-key-secret", "CITIZEN_KEY_SECRET");
        var keyset = environment.getProperty("portal.inquiry.keyset", "");
        if (keyset.isBlank()) {
            throw new UnsafeProductionSettingsException("INQUIRY_KEYSET is not set: in production the attachments' Tink "
                    + "keyset (JSON) must come from the environment, not from a file the portal writes itself.");
        }
    }

    private static void requireSecret(Environment environment, String property, String variable) {
        var value = environment.getProperty(property, "");
        if (Arrays.asList(DEVELOPMENT_VALUES).contains(value)) {
            throw new UnsafeProductionSettingsException(variable + " is not set: production refuses the development value.");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new UnsafeProductionSettingsException(variable + " is shorter than " + MIN_SECRET_BYTES
                    + " bytes: set a random secret, e.g. from `openssl rand -base64 48`.");
        }
    }

    /** A production start refused because of a development default; the message names the variable. */
    public static class UnsafeProductionSettingsException extends IllegalStateException {
        public UnsafeProductionSettingsException(String message) {
            super(message);
        }
    }
}
