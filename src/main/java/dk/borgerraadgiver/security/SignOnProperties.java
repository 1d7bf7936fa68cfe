package dk.borgerraadgiver.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on over OpenID Connect (docs/identity.md). The providers themselves are Spring Boot's
 * standard client registrations {@code staff} and {@code mitid}
 * ({@code spring.security.oauth2.client.registration.*}); these are the portal's own settings.
 */
public final class SignOnProperties {

    private SignOnProperties() {
    }

    /**
     * @param usernameClaim the claim that names the staff account (compared without regard to case)
     * @param loginLabel    the sign-in button's text; empty: "Log ind med din kommunes login"
     */
    @ConfigurationProperties("portal.security.staff")
    public record Staff(@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("") String loginLabel) {
    }

    /** @param enabled whether staff may also sign in with a password kept by the portal */
    @ConfigurationProperties("portal.security.form-login")
    public record FormLogin(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param claimProfile     which broker's claim names to read ({@link ClaimProfile})
     * @param cprClaim         with the custom profile: the CPR number's claim
     * @param nameClaim        with the custom profile: the name's claim
     * @param emailClaim       with the custom profile: the e-mail's claim
     * @param assuranceClaim   with the custom profile: the assurance level's claim
     * @param minimumAssurance the lowest NSIS level accepted where the broker sends one
     */
    @ConfigurationProperties("portal.security.citizen")
    public record Citizen(@DefaultValue("nemlogin") ClaimProfile claimProfile, @DefaultValue("") String cprClaim,
                          @DefaultValue("") String nameClaim, @DefaultValue("") String emailClaim,
                          @DefaultValue("") String assuranceClaim, @DefaultValue("Substantial") String minimumAssurance) {
    }
}
