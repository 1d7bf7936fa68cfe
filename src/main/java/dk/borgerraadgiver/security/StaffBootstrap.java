package dk.borgerraadgiver.security;

import java.util.Set;

import dk.borgerraadgiver.security.internal.CitizenAdvisor;
import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a new installation: on a database without staff accounts, made from
 * {@code PORTAL_BOOTSTRAP_ADMIN_USERNAME} and {@code PORTAL_BOOTSTRAP_ADMIN_PASSWORD}, who must choose
 * a new password at the first sign-in. Once any account exists the two are ignored. The password is
 * never logged. Without them, the log says in one line how to create the first administrator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class StaffBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final CitizenAdvisorRepository advisors;
    private final PasswordEncoder encoder;
    private final AdministrativeChanges changes;
    private final String username;
    private final String password;
    private final String email;

    StaffBootstrap(CitizenAdvisorRepository advisors, PasswordEncoder encoder, AdministrativeChanges changes,
                   @Value("${portal.bootstrap.admin-username:}") String username,
                   @Value("${portal.bootstrap.admin-password:}") String password,
                   @Value("${portal.bootstrap.admin-email:}") String email) {
        this.advisors = advisors;
        this.encoder = encoder;
        this.changes = changes;
        this.username = username.strip().toLowerCase();
        this.password = password;
        this.email = email.isBlank() ? "ikke-angivet@portal.invalid" : email.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (advisors.count() > 0) {
            if (!username.isEmpty()) {
                log.info("PORTAL_BOOTSTRAP_ADMIN_USERNAME ignored: staff accounts exist already (it may be removed)");
            }
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn("No staff account exists yet: set PORTAL_BOOTSTRAP_ADMIN_USERNAME and PORTAL_BOOTSTRAP_ADMIN_PASSWORD "
                    + "and restart to create the first administrator (README, \"Production\")");
            return;
        }
        var admin = new CitizenAdvisor(username, encoder.encode(password), "Administrator", email,
                Set.of(StaffRole.ADMIN), Set.of());
        admin.changePassword(admin.passwordHash(), true);
        advisors.save(admin);
        changes.record(null, "STAFF", "Administrator (" + username + ")", new AdministrativeChanges.Diff()
                .set("roller", "ADMIN").note("første administrator oprettet ved start; skal vælge ny adgangskode"));
        log.info("First administrator '{}' created from PORTAL_BOOTSTRAP_ADMIN_USERNAME; a new password is required "
                + "at the first sign-in", username);
    }
}
