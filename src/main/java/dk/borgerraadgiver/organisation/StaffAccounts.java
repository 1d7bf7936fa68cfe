package dk.borgerraadgiver.organisation;

import java.util.Optional;

import dk.borgerraadgiver.organisation.internal.CitizenAdvisorRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts for login; used by the security module before anyone is signed in. */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

    private final CitizenAdvisorRepository advisors;

    StaffAccounts(CitizenAdvisorRepository advisors) {
        this.advisors = advisors;
    }

    public Optional<Long> advisorId(String username) {
        return advisors.findByUsername(username).map(advisor -> advisor.id());
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return advisors.findByUsername(username)
                .map(advisor -> new StaffAccount(advisor.username(), advisor.passwordHash(), advisor.displayName(),
                        advisor.enabled(), advisor.roles()));
    }
}
