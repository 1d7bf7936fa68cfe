package dk.borgerraadgiver.casework.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The username of whoever is acting: a member of staff, or "system" for event listeners and the citizen side. */
public final class Actor {

    public static final String SYSTEM = "system";
    public static final String CITIZEN = "borger";

    private Actor() {
    }

    public static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
