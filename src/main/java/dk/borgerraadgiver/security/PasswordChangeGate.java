package dk.borgerraadgiver.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * A member of staff who must choose a new password (the bootstrap administrator) reaches no other
 * page first: every navigation, typed or in-app, leads to {@value #PAGE}. Asked once per session
 * until the password is changed.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    static final String PAGE = "backoffice/ny-adgangskode";
    private static final String CLEARED = PasswordChangeGate.class.getName() + ".cleared";

    private final StaffPasswords passwords;

    PasswordChangeGate(StaffPasswords passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var session = VaadinSession.getCurrent();
            var username = SignedInStaff.username();
            if (username.isEmpty() || session == null || session.getAttribute(CLEARED) != null || SignedInStaff.viaSingleSignOn()
                    || enter.getLocation().getPath().equals(PAGE) || enter.getLocation().getPath().startsWith("login")) {
                return;
            }
            if (passwords.mustChangePassword(username.get())) {
                enter.forwardTo(PAGE);
            } else {
                session.setAttribute(CLEARED, Boolean.TRUE);
            }
        }));
    }
}
