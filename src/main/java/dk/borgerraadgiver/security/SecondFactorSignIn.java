package dk.borgerraadgiver.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The second step of a staff sign-in: the code page hands over the code (or, at a first sign-in
 * where a second factor is required, the confirmed enrolment), and only then does the session get
 * the member of staff's roles.
 */
@Service
public class SecondFactorSignIn {

    private final StaffSecondFactor secondFactor;
    private final StaffUserDetailsService users;

    SecondFactorSignIn(StaffSecondFactor secondFactor, StaffUserDetailsService users) {
        this.secondFactor = secondFactor;
        this.users = users;
    }

    /** The member of staff waiting for the second step in this request's session, if any. */
    public String pendingUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !SecondFactorGate.isPending(authentication)) {
            throw new IllegalStateException("No sign-in waits for a second factor");
        }
        return authentication.getName();
    }

    public boolean enrolled() {
        return secondFactor.enrolled(pendingUsername());
    }

    public StaffSecondFactor.Enrolment newEnrolment() {
        return secondFactor.newEnrolment(pendingUsername());
    }

    /** Checks the code; when right, the session gets the full roles. */
    public boolean complete(String code, String client, HttpServletRequest request, HttpServletResponse response) {
        var username = pendingUsername();
        if (!secondFactor.verify(username, code, client)) {
            return false;
        }
        signIn(username, request, response);
        return true;
    }

    /**
     * At a first sign-in where a second factor is required: turns on the offered one when the app's
     * code matches and signs in; returns the recovery codes to show once, or empty when the code is
     * wrong. An account that already has a second factor cannot be re-enrolled from here.
     */
    public List<String> enrol(StaffSecondFactor.Enrolment enrolment, String code, HttpServletRequest request,
                              HttpServletResponse response) {
        var username = pendingUsername();
        if (secondFactor.enrolled(username)) {
            throw new IllegalStateException("The second factor is already set up");
        }
        var codes = secondFactor.enrol(username, enrolment, code);
        if (!codes.isEmpty()) {
            signIn(username, request, response);
        }
        return codes;
    }

    private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        var user = users.loadUserByUsername(username);
        SecondFactorGate.complete(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                request, response);
    }
}
