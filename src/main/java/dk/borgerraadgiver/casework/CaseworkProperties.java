package dk.borgerraadgiver.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The casework module's settings.
 *
 * @param citizenKeySecret keys the pseudonymous citizen key (CITIZEN_KEY_SECRET); set once, never change
 */
@ConfigurationProperties("portal")
public record CaseworkProperties(String citizenKeySecret) {
}
