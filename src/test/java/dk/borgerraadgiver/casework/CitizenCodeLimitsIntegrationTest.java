package dk.borgerraadgiver.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import dk.borgerraadgiver.casework.internal.AccessCode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One-time codes behind the secure-message link: wrong codes count per case across resends, and a
 * case gets a limited number of codes a day, so neither guessing nor mail flooding pays.
 */
@PortalIntegrationTest
class CitizenCodeLimitsIntegrationTest {

    @Autowired
    ContactRegistration registration;
    @Autowired
    CitizenMessages messages;
    @Autowired
    MunicipalityDirectory municipalities;

    private final MutableClock clock = MutableClock.get();

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.signOut();
    }

    private String linkToACase() {
        SignedIn.as("anne", "ADVISOR");
        var stevns = municipalities.findBySlug("stevns").orElseThrow().id();
        var email = "kode-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        long caseId = registration.register(new ContactRegistrationForm(stevns, Channel.PHONE, PortalTime.today(clock),
                "Kode Borger", email, "22334455", null, "Venter på svar", false, false));
        var token = messages.linkToken(caseId).orElseThrow();
        SignedIn.signOut();
        return token;
    }

    private void aMinuteLater() {
        clock.setTo(clock.instant().plus(Duration.ofMinutes(1).plusSeconds(1)));
    }

    @Test
    void a_case_gets_five_codes_a_day_and_more_the_next_day() {
        clock.setTo(LocalDate.of(2026, 12, 2).atTime(9, 0).atZone(PortalTime.ZONE).toInstant());
        var token = linkToACase();
        for (int i = 0; i < AccessCode.MAX_CODES_PER_DAY; i++) {
            assertThat(messages.sendCode(token)).isTrue();
            aMinuteLater();
        }

        assertThatThrownBy(() -> messages.sendCode(token)).isInstanceOfSatisfying(CaseRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("tooManyCodes"));

        clock.setTo(LocalDate.of(2026, 12, 3).atTime(9, 0).atZone(PortalTime.ZONE).toInstant());
        assertThat(messages.sendCode(token)).as("the next day").isTrue();
    }

    @Test
    void wrong_codes_count_across_resends_and_ten_in_a_day_close_the_door_until_tomorrow() {
        clock.setTo(LocalDate.of(2026, 12, 2).atTime(9, 0).atZone(PortalTime.ZONE).toInstant());
        var token = linkToACase();
        assertThat(messages.sendCode(token)).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(messages.verifyCode(token, "99999" + i)).isEmpty();
        }
        aMinuteLater();
        assertThat(messages.sendCode(token)).as("a resend gives a new code").isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(messages.verifyCode(token, "88888" + i)).isEmpty();
        }
        aMinuteLater();
        assertThat(messages.sendCode(token)).isTrue();
        assertThat(messages.verifyCode(token, "777770")).as("the tenth wrong code of the day").isEmpty();

        assertThatThrownBy(() -> messages.verifyCode(token, "777771")).isInstanceOfSatisfying(CaseRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("codeExpired"));
        aMinuteLater();
        assertThatThrownBy(() -> messages.sendCode(token)).as("no new code to guess today")
                .isInstanceOfSatisfying(CaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo("tooManyCodes"));
    }
}
