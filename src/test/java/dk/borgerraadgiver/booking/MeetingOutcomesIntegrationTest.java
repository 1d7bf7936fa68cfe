package dk.borgerraadgiver.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What happens to a meeting afterwards: attended or no-show, a case in one click, another time proposed. */
@PortalIntegrationTest
class MeetingOutcomesIntegrationTest {

    @Autowired
    Bookings bookings;
    @Autowired
    AdvisorAgenda agenda;
    @Autowired
    VisitRequests visitRequests;
    @Autowired
    ContactRegistration registration;

    @AfterEach
    void reset() {
        MutableClock.get().reset();
        SignedIn.signOut();
    }

    @Test
    void a_meeting_is_marked_attended_or_no_show_and_the_agenda_says_so() {
        var type = meetingType(bookings, "stevns", "RADHUS");
        var day = freeDay(bookings, type, 10);
        var slots = bookings.freeSlots(type, day);
        var attended = bookings.book(type, slots.getFirst(), citizen("moedt@example.dk"));
        var noShow = bookings.book(type, slots.getLast(), citizen("udeblev@example.dk"));
        SignedIn.as("anne", "ADVISOR");

        agenda.markOutcome(attended.bookingId(), BookingStatus.ATTENDED);
        agenda.markOutcome(noShow.bookingId(), BookingStatus.NO_SHOW);

        var statuses = agenda.agenda(day, day).stream()
                .filter(b -> b.id() == attended.bookingId() || b.id() == noShow.bookingId())
                .map(BookingDetails::status).toList();
        assertThat(statuses).containsExactlyInAnyOrder(BookingStatus.ATTENDED, BookingStatus.NO_SHOW);
    }

    @Test
    void a_booked_meeting_that_took_place_becomes_a_case_in_one_click_and_leaves_the_list() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 11);
        var booking = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("moede.sag@example.dk"));
        MutableClock.get().setTo(day.plusDays(1).atTime(9, 0).atZone(PortalTime.ZONE).toInstant());
        SignedIn.as("anne", "ADVISOR");
        assertThat(registration.meetingsWithoutCase()).extracting(BookingDetails::id).contains(booking.bookingId());

        long caseId = registration.fromBooking(booking.bookingId());

        assertThat(caseId).isPositive();
        assertThat(registration.meetingsWithoutCase()).extracting(BookingDetails::id).doesNotContain(booking.bookingId());
    }

    @Test
    void a_home_visit_request_answered_with_another_time_tells_the_citizen_the_advisors_words() {
        var type = meetingType(bookings, "stevns", "HJEMME");
        var reference = visitRequests.request(type, new CitizenContact("Karl Andentid", "karl.andentid@example.dk", null,
                Locale.of("da"), "", null), "Højgade 2", "Gangbesvær", List.of(Instant.now().plus(Duration.ofDays(6))));
        SignedIn.as("anne", "ADVISOR");
        var request = visitRequests.forMyMunicipalities().stream().filter(r -> r.reference().equals(reference))
                .findFirst().orElseThrow();

        visitRequests.answer(request.id(), VisitRequestStatus.OTHER_TIME_PROPOSED, "Kan du torsdag kl. 10 i stedet?");

        assertThat(visitRequests.forMyMunicipalities().stream().filter(r -> r.reference().equals(reference)).findFirst()
                .orElseThrow().status()).isEqualTo(VisitRequestStatus.OTHER_TIME_PROPOSED);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("karl.andentid@example.dk").stream()
                .anyMatch(m -> Mails.textParts(m).stream().anyMatch(t -> t.contains("Kan du torsdag kl. 10 i stedet?"))));
    }

}
