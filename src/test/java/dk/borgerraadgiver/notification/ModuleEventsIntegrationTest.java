package dk.borgerraadgiver.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.booking.BookingEvents.BookingConfirmed;
import dk.borgerraadgiver.booking.BookingEvents.VisitRequested;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.booking.VisitRequests;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the booking module publishes, and what the notification module does with them, as
 * Spring Modulith scenarios: a stimulus, the event it must publish, and the state that must follow.
 */
@PortalIntegrationTest
@EnableScenarios
class ModuleEventsIntegrationTest {

    @Autowired
    Bookings bookings;
    @Autowired
    VisitRequests visitRequests;

    @Test
    void a_home_visit_request_is_announced_and_the_citizen_gets_its_receipt(Scenario scenario) {
        var type = meetingType(bookings, "ringsted", "HJEMME");
        var olga = new CitizenContact("Olga Scenarie", "olga.scenarie@example.dk", null, Locale.of("da"), "", null);

        scenario.stimulate(() -> visitRequests.request(type, olga, "Torvet 1, Ringsted", "Gangbesvær",
                        List.of(Instant.now().plus(Duration.ofDays(5)))))
                .andWaitForEventOfType(VisitRequested.class)
                .toArriveAndVerify(event -> assertThat(event.municipalityId()).isPositive());
        scenario.stimulate(() -> null)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> TestSmtp.messagesTo("olga.scenarie@example.dk"), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).hasSize(1));
    }

    @Test
    void a_confirmed_booking_is_announced_once_and_mailed_to_the_citizen(Scenario scenario) {
        var type = meetingType(bookings, "stevns", "RADHUS");
        var slot = bookings.freeSlots(type, freeDay(bookings, type, 9)).getFirst();

        scenario.stimulate(() -> bookings.book(type, slot, citizen("scenarie.booking@example.dk")))
                .andWaitForEventOfType(BookingConfirmed.class)
                .toArriveAndVerify((event, confirmation) -> assertThat(event.bookingId()).isEqualTo(confirmation.bookingId()));
        scenario.stimulate(() -> null)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> TestSmtp.messagesTo("scenarie.booking@example.dk"), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).hasSize(1));
    }
}
