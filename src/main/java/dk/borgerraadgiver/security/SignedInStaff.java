package dk.borgerraadgiver.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Who is signed in: the one place that reads Spring Security's context. Work done with nobody signed
 * in (event listeners, jobs) is done by {@link #SYSTEM}.
 */
public final class SignedInStaff {

    /** The actor of work nobody signed in did. */
    public static final String SYSTEM = "system";

    private SignedInStaff() {
    }

    /** The signed-in member of staff's username, if someone is signed in. */
    public static Optional<String> username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getPrincipal() instanceof CitizenOidcUser) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** Whether the member of staff signed in through the municipality's identity provider (no portal password). */
    public static boolean viaSingleSignOn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken;
    }

    /** Who did it, for the audit log and the timeline: the username, or {@link #SYSTEM}. */
    public static String actor() {
        return username().orElse(SYSTEM);
    }
}
