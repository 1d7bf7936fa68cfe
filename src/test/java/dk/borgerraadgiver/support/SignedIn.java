package dk.borgerraadgiver.support;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a member of staff, the way a signed-in request would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
