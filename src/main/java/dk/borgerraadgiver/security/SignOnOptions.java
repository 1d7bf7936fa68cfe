package dk.borgerraadgiver.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Which ways in this installation offers: the municipality's login for staff (registration
 * {@code staff}), MitID for citizens (registration {@code mitid}), and the portal's own password form,
 * which stays on when no staff provider is configured so that nobody is locked out.
 */
@Component
public class SignOnOptions {

    public static final String STAFF_START = "/oauth2/authorization/" + SignOnUsers.STAFF;
    public static final String MITID_START = "/oauth2/authorization/" + SignOnUsers.MITID;
    /** The session attribute holding where a citizen returns after MitID (a path of this portal). */
    public static final String CITIZEN_RETURN = SignOnOptions.class.getName() + ".citizenReturn";

    /** The bean name of the local test provider ({@code internal/TestIdentityProvider}). */
    public static final String TEST_PROVIDER_BEAN = "localTestIdentityProvider";

    private static final Logger log = LoggerFactory.getLogger(SignOnOptions.class);

    private final @Nullable ClientRegistrationRepository registrations;
    private final SignOnProperties.FormLogin formLogin;
    private final SignOnProperties.Staff staff;

    private final boolean testProvider;

    SignOnOptions(ObjectProvider<ClientRegistrationRepository> registrations, SignOnProperties.FormLogin formLogin,
                  SignOnProperties.Staff staff, ListableBeanFactory beans) {
        this.registrations = registrations.getIfAvailable();
        this.testProvider = beans.containsBean(TEST_PROVIDER_BEAN);
        this.formLogin = formLogin;
        this.staff = staff;
        if (!formLogin.enabled() && !staffSignOn()) {
            log.warn("portal.security.form-login.enabled=false is ignored: no staff identity provider is configured");
        }
    }

    /** Whether the sign-in goes to the local test provider (the demo run), so the buttons say "(test)". */
    public boolean testProvider() {
        return testProvider;
    }

    public boolean staffSignOn() {
        return registrations != null && registrations.findByRegistrationId(SignOnUsers.STAFF) != null;
    }

    public boolean citizenSignOn() {
        return registrations != null && registrations.findByRegistrationId(SignOnUsers.MITID) != null;
    }

    public boolean anySignOn() {
        return staffSignOn() || citizenSignOn();
    }

    /** Whether staff can sign in with a portal password: as configured, but always when there is no provider. */
    public boolean formLogin() {
        return formLogin.enabled() || !staffSignOn();
    }

    /** The configured text of the staff sign-in button, if the installation named it. */
    public Optional<String> staffLabel() {
        return staff.loginLabel().isBlank() ? Optional.empty() : Optional.of(staff.loginLabel());
    }

    /** A return path for a citizen after MitID, or none when it is not a plain path of this portal. */
    public static Optional<String> safeReturnPath(@Nullable Object candidate) {
        return candidate instanceof String path && path.matches("/[\\w\\-/]*") && !path.startsWith("//")
                ? Optional.of(path) : Optional.empty();
    }
}
