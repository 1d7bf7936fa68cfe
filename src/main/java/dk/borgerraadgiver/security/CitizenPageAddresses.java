package dk.borgerraadgiver.security;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A page address under a municipality's own (/stevns/…, or a mistyped /stevn/book), opened with GET.
 * Vaadin's security asks for a sign-in at any address it does not know as an open view, so a
 * mistyped citizen link would land on the staff login. These addresses are open at the HTTP layer
 * instead, and the citizen sees "Siden findes ikke" (in the municipality's colours when it exists).
 * Which views exist and who may open them is still decided per view, by their annotations; the
 * portal's own first segments (the back office, the login, the private links) keep the HTTP check.
 */
final class CitizenPageAddresses implements RequestMatcher {

    private static final Pattern PAGE_ADDRESS = Pattern.compile("^/([a-z0-9-]+)/[^/].*");
    /** First segments that belong to the portal itself, never to a municipality. */
    private static final Set<String> PORTAL_SEGMENTS = Set.of("backoffice", "booking", "besked", "henvendelse", "login",
            "logout", "mine-sager", "oauth2", "themes", "actuator", "error", "tilgaengelighedserklaering");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        var address = PAGE_ADDRESS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return address.matches() && !PORTAL_SEGMENTS.contains(address.group(1));
    }
}
