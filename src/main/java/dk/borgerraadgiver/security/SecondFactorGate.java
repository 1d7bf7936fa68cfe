package dk.borgerraadgiver.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the password, a member of staff who has a second factor (or works where one is required)
 * holds only the role {@value #PENDING}: no back-office page or service opens for it. Pages other
 * than the code page lead there; once the code is right, {@link #complete} gives the full roles.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String PENDING = "SECOND_FACTOR_PENDING";
    static final String CODE_PAGE = "/login/kode";
    private static final String DONE = SecondFactorGate.class.getName() + ".done";
    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private final StaffSecondFactor secondFactor;

    SecondFactorGate(StaffSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        // Single sign-on leaves the second factor to the municipality's identity provider (and MitID's own).
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || authentication instanceof OAuth2AuthenticationToken
                || !authentication.isAuthenticated() || session == null || session.getAttribute(DONE) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (!isPending(authentication)) {
            if (!secondFactor.neededFor(authentication.getName())) {
                session.setAttribute(DONE, Boolean.TRUE);
                chain.doFilter(request, response);
                return;
            }
            store(UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + PENDING))), request, response);
        }
        if (isPage(request)) {
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The full sign-in, once the second factor is given (called from the code page's request). */
    static void complete(Authentication full, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute(DONE, Boolean.TRUE);
        store(full, request, response);
    }

    static boolean isPending(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + PENDING));
    }

    private static void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    /** A page a browser opens (not Vaadin's own requests, static files, the code page or signing out). */
    private static boolean isPage(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null && !path.startsWith(CODE_PAGE)
                && !path.startsWith("/VAADIN/") && !path.startsWith("/themes/") && !path.startsWith("/logout")
                && !path.startsWith("/login");
    }
}
