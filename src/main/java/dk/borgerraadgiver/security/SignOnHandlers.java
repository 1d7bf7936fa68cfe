package dk.borgerraadgiver.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/** Where single sign-on leads: staff to the back office, citizens back to where they started, a refusal to its page. */
final class SignOnHandlers {

    static final String REFUSED_PAGE = "/login/afvist";

    private SignOnHandlers() {
    }

    static AuthenticationSuccessHandler success() {
        var staff = new SavedRequestAwareAuthenticationSuccessHandler();
        staff.setDefaultTargetUrl("/backoffice");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof CitizenOidcUser) {
                var session = request.getSession(false);
                var target = SignOnOptions.safeReturnPath(session == null ? null : session.getAttribute(SignOnOptions.CITIZEN_RETURN))
                        .orElse("/mine-sager");
                response.sendRedirect(request.getContextPath() + target);
                return;
            }
            staff.onAuthenticationSuccess(request, response, authentication);
        };
    }

    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            var reason = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "failed";
            response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?aarsag="
                    + (reason.matches("[A-Za-z_]{1,40}") ? reason : "failed"));
        };
    }

    /** Ends the provider's session too (RP-initiated logout) where it offers an end-session endpoint. */
    static LogoutSuccessHandler logout(ClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setDefaultTargetUrl("/");
        // Vaadin signs out inside a UIDL request: the redirect becomes a page navigation, not a followed fetch.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }
}
