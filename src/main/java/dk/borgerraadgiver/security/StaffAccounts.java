package dk.borgerraadgiver.security;

import java.util.Optional;
import java.util.Set;

import dk.borgerraadgiver.security.internal.CitizenAdvisor;
import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: who they are, what they may do, which municipalities they serve. The password hash
 * is made and read only here and by the login in this package; other modules see names and ids.
 */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

    private final CitizenAdvisorRepository advisors;
    private final PasswordEncoder passwords;

    StaffAccounts(CitizenAdvisorRepository advisors, PasswordEncoder passwords) {
        this.advisors = advisors;
        this.passwords = passwords;
    }

    public Optional<Long> advisorId(String username) {
        return advisors.findByUsername(username).map(advisor -> advisor.id());
    }

    /** The name staff and citizens see for a member of staff, e.g. as the author of a message. */
    public Optional<String> displayName(String username) {
        return advisors.findByUsername(username).map(CitizenAdvisor::displayName);
    }

    /**
     * Creates an account for set-up (the demo data, tests); administering staff from a page is a
     * separate, audited service. The password is hashed here and never kept as given.
     */
    @Transactional
    public long create(String username, String password, String displayName, String email, Set<StaffRole> roles,
                       Set<Long> municipalityIds) {
        var advisor = advisors.save(new CitizenAdvisor(username, passwords.encode(password), displayName, email, roles,
                municipalityIds));
        return advisor.id();
    }

    /** From now on the member of staff also serves this municipality. */
    @Transactional
    public void serve(String username, long municipalityId) {
        advisors.findByUsername(username).orElseThrow().serve(municipalityId);
    }

    Optional<StaffAccount> findByUsername(String username) {
        return advisors.findByUsername(username)
                .map(advisor -> new StaffAccount(advisor.username(), advisor.passwordHash(), advisor.displayName(),
                        advisor.enabled(), advisor.roles()));
    }
}
