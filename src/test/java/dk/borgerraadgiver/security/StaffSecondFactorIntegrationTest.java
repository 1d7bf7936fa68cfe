package dk.borgerraadgiver.security;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import dk.borgerraadgiver.security.internal.LoginThrottle;
import dk.borgerraadgiver.security.internal.SecondFactorRepository;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who needs a second factor, and who may set one up. */
@PortalIntegrationTest
class StaffSecondFactorIntegrationTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffSecondFactor secondFactor;
    @Autowired
    CitizenAdvisorRepository advisors;
    @Autowired
    SecondFactorRepository factors;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Clock clock;
    @Autowired
    StaffAdministration staffAdministration;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    private String newAdvisor() {
        var username = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "a-long-test-password-9000", "Totrin", username + "@example.dk", Set.of(StaffRole.ADVISOR), Set.of());
        return username;
    }

    @Test
    void without_the_requirement_only_enrolled_staff_need_a_code_and_with_it_everyone_does() {
        var username = newAdvisor();
        var requiring = new StaffSecondFactor(advisors, factors, throttle, clock, true);

        assertThat(secondFactor.neededFor(username)).isFalse();
        assertThat(requiring.neededFor(username)).as("the installation requires it: set up at the next sign-in").isTrue();
    }

    @Test
    void nobody_sets_up_a_second_factor_for_someone_else_and_a_wrong_code_turns_nothing_on() {
        var username = newAdvisor();
        var enrolment = secondFactor.newEnrolment(username);

        SignedIn.as("anne", "ADVISOR");
        assertThatThrownBy(() -> secondFactor.enrol(username, enrolment, "123456")).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(username, "ADVISOR");
        assertThat(secondFactor.enrol(username, enrolment, "not-a-code")).isEmpty();
        assertThat(secondFactor.enrolled(username)).isFalse();
    }

    @Test
    void an_administrator_resets_a_lost_second_factor_but_not_their_own() throws Exception {
        var username = newAdvisor();
        var enrolment = secondFactor.newEnrolment(username);
        var key = new javax.crypto.spec.SecretKeySpec(new org.apache.commons.codec.binary.Base32().decode(enrolment.secret()), "HmacSHA1");
        var code = new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(key, clock.instant());
        SignedIn.as(username, "ADVISOR");
        assertThat(secondFactor.enrol(username, enrolment, code)).isNotEmpty();
        assertThat(secondFactor.enrolled(username)).isTrue();

        SignedIn.as("admin", "ADMIN");
        staffAdministration.resetSecondFactor(accounts.advisorId(username).orElseThrow());
        assertThat(secondFactor.enrolled(username)).isFalse();
        assertThatThrownBy(() -> staffAdministration.resetSecondFactor(accounts.advisorId("admin").orElseThrow()))
                .isInstanceOf(StaffAdministration.OwnAccountException.class);
    }
}
