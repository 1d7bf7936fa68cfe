package dk.borgerraadgiver.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import dk.borgerraadgiver.shared.SecurityEvents;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session that should no longer run, at the next request rather than at logout: one
 * older than the absolute lifetime ({@code portal.security.session-lifetime}, 10 hours), or one whose
 * account has since been deactivated or given other roles. The idle timeout is the servlet session's
 * own ({@code server.servlet.session.timeout}), which Vaadin's heartbeat does not extend because
 * {@code vaadin.closeIdleSessions} is on.
 */
class StaffSessionCheck extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = StaffSessionCheck.class.getName() + ".signedInAt";

    private final StaffAccounts accounts;
    private final Duration lifetime;
    private final Clock clock;

    StaffSessionCheck(StaffAccounts accounts, Duration lifetime, Clock clock) {
        this.accounts = accounts;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || session == null
                || authentication.getPrincipal() instanceof CitizenOidcUser) {
            chain.doFilter(request, response);
            return;
        }
        var now = clock.instant();
        var signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        if (signedInAt == null) {
            session.setAttribute(SIGNED_IN_AT, now);
            signedInAt = now;
        }
        var reason = reasonToEnd(authentication.getName(), rolesOf(authentication.getAuthorities()), signedInAt, now);
        if (reason != null) {
            SecurityEvents.record("session.ended." + reason, authentication.getName(),
                    ClientAddress.key(request.getRemoteAddr()));
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private String reasonToEnd(String username, Set<String> sessionRoles, Instant signedInAt, Instant now) {
        if (Duration.between(signedInAt, now).compareTo(lifetime) > 0) {
            return "lifetime";
        }
        var account = accounts.findByUsername(username);
        if (account.isEmpty() || !account.get().enabled()) {
            return "deactivated";
        }
        if (sessionRoles.contains("ROLE_" + SecondFactorGate.PENDING)) {
            return null;
        }
        var currentRoles = account.get().roles().stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
        return currentRoles.equals(sessionRoles) ? null : "rolesChanged";
    }

    private static Set<String> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }
}
