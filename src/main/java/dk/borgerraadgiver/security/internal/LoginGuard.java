package dk.borgerraadgiver.security.internal;

import java.io.IOException;
import java.net.URI;

import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.SecurityEvents;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST: refuses a request from a foreign page (its
 * {@code Origin} is not the portal's), and a locked account-and-client pair is sent back to the form
 * with the minutes to wait, without its password being checked.
 */
public class LoginGuard extends OncePerRequestFilter {

    /** The session attribute with the username of the last sign-in attempt. */
    public static final String LAST_USERNAME = "portal.login.lastUsername";
    private static final int MAX_USERNAME = 100;

    private final LoginThrottle throttle;
    private final PublicLinks links;

    public LoginGuard(LoginThrottle throttle, PublicLinks links) {
        this.throttle = throttle;
        this.links = links;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath() + pathInfo(request));
    }

    private static String pathInfo(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = ClientAddress.key(request.getRemoteAddr());
        if (!sameOrigin(request)) {
            SecurityEvents.record("login.foreignOrigin", client);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var locked = throttle.lockedFor(request.getParameter("username"), client);
        if (locked.isPresent()) {
            SecurityEvents.record("login.refusedWhileLocked", request.getParameter("username"), client);
            response.sendRedirect(request.getContextPath() + "/login?locked=" + locked.getAsInt());
            return;
        }
        // After a wrong password the login page offers the name she typed again (never the password).
        var username = request.getParameter("username");
        if (username != null && username.length() <= MAX_USERNAME) {
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        chain.doFilter(request, response);
    }

    /** The Origin a browser sends with every POST must be the portal's own address (or this request's host). */
    private boolean sameOrigin(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        var own = URI.create(links.baseUrl());
        var requested = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request.getScheme(), request.getServerPort()) ? "" : ":" + request.getServerPort());
        return origin.equals(own.getScheme() + "://" + own.getAuthority()) || origin.equals(requested);
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    }
}
