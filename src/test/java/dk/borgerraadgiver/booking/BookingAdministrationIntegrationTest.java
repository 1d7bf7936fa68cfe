package dk.borgerraadgiver.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The advisor's side: office hours changes that keep bookings, home-visit requests and drop-in counts. */
@PortalIntegrationTest
class BookingAdministrationIntegrationTest {

    @Autowired
    Bookings bookings;
    @Autowired
    OfficeHoursAdministration officeHours;
    @Autowired
    VisitRequests visitRequests;
    @Autowired
    DropInRegister dropIn;
    @Autowired
    AdvisorAgenda agenda;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void a_closure_keeps_the_bookings_it_covers_and_lists_them_for_the_advisor() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 7);
        var confirmation = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("closure@example.dk"));
        SignedIn.as("anne", "ADVISOR");
        var ringsted = bookings.meetingTypes("ringsted").getFirst().municipalityId();

        var affected = officeHours.addClosure(ringsted, day, day, "Vandskade på rådhuset");

        assertThat(affected).extracting(BookingDetails::reference).contains(confirmation.reference());
        assertThat(bookings.findByLink(confirmation.manageToken()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.freeSlots(type, day)).isEmpty();

        var closure = officeHours.closedPeriods().stream().filter(p -> p.reason().equals("Vandskade på rådhuset"))
                .findFirst().orElseThrow();
        officeHours.removeClosedPeriod(closure.id());
        assertThat(officeHours.leftOutside()).extracting(BookingDetails::reference).doesNotContain(confirmation.reference());
        assertThat(bookings.freeSlots(type, day)).isNotEmpty();
    }

    @Test
    void changing_weekly_hours_lists_bookings_that_fall_outside_and_cancels_none() {
        var type = meetingType(bookings, "ishoj", "TELEFON");
        var day = freeDay(bookings, type, 2);
        var confirmation = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("hours@example.dk"));
        SignedIn.as("bo", "ADVISOR");
        var settings = officeHours.meetingTypes().stream().filter(t -> t.id() == type).findFirst().orElseThrow();
        var otherDays = settings.weeklyHours().stream().filter(h -> h.day() != day.getDayOfWeek()).toList();

        try {
            var affected = officeHours.update(type, settings.slotMinutes(), settings.bufferMinutes(),
                    settings.minimumNoticeHours(), settings.horizonDays(), otherDays);
            assertThat(affected).extracting(BookingDetails::reference).contains(confirmation.reference());
            assertThat(bookings.findByLink(confirmation.manageToken()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        } finally {
            officeHours.update(type, settings.slotMinutes(), settings.bufferMinutes(), settings.minimumNoticeHours(),
                    settings.horizonDays(), settings.weeklyHours());
        }
        assertThat(officeHours.leftOutside()).extracting(BookingDetails::reference).doesNotContain(confirmation.reference());
    }

    @Test
    void an_advisor_cannot_change_another_municipalitys_hours() {
        SignedIn.as("bo", "ADVISOR");
        var stevns = bookings.meetingTypes("stevns").getFirst().municipalityId();

        assertThatThrownBy(() -> officeHours.addClosure(stevns, LocalDate.now(), LocalDate.now(), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_home_visit_request_is_received_accepted_as_a_booking_and_mailed_without_the_reason() {
        var type = meetingType(bookings, "stevns", "HJEMME");
        var marker = "REASON-MARKER-0815";
        var proposed = freeDay(bookings, meetingType(bookings, "stevns", "RADHUS"), 8)
                .atTime(8, 0).atZone(TimeSlot.ZONE).toInstant();
        var reference = visitRequests.request(type, new CitizenContact("Olga Hjemme", "olga@example.dk", "20 30 40 50",
                Locale.of("da"), "", null), "Møllevej 3, 4660 Store Heddinge", "Jeg bruger kørestol " + marker,
                List.of(proposed, proposed.plus(Duration.ofDays(1))));

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.messagesTo("olga@example.dk").isEmpty());
        var receipt = TestSmtp.messagesTo("olga@example.dk").getFirst();
        assertThat(Mails.textParts(receipt)).anySatisfy(text -> assertThat(text).contains(reference))
                .allSatisfy(text -> assertThat(text).doesNotContain(marker));

        SignedIn.as("anne", "ADVISOR");
        var request = visitRequests.forMyMunicipalities().stream().filter(r -> r.reference().equals(reference))
                .findFirst().orElseThrow();
        var confirmation = visitRequests.accept(request.id(), proposed);

        assertThat(visitRequests.forMyMunicipalities().stream().filter(r -> r.reference().equals(reference)).findFirst()
                .orElseThrow().status()).isEqualTo(VisitRequestStatus.ACCEPTED);
        assertThat(bookings.findByLink(confirmation.manageToken()).orElseThrow().slot().start()).isEqualTo(proposed);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("olga@example.dk").size() >= 2);
        assertThat(TestSmtp.messagesTo("olga@example.dk")).allSatisfy(mail ->
                assertThat(Mails.textParts(mail)).allSatisfy(text -> assertThat(text).doesNotContain(marker)));
    }

    @Test
    void a_home_visit_request_without_a_place_or_accepted_at_another_time_is_refused_for_that_reason() {
        var type = meetingType(bookings, "stevns", "HJEMME");
        var later = Instant.now().plus(Duration.ofDays(4));
        var olga = new CitizenContact("Olga Uden Sted", "olga.sted@example.dk", null, Locale.of("da"), "", null);
        assertThatThrownBy(() -> visitRequests.request(type, olga, " ", "Gangbesvær", List.of(later)))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefusedException.Reason.INVALID_REQUEST));

        var reference = visitRequests.request(type, olga, "Møllevej 5", "Gangbesvær", List.of(later));
        SignedIn.as("anne", "ADVISOR");
        var request = visitRequests.forMyMunicipalities().stream().filter(r -> r.reference().equals(reference))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> visitRequests.accept(request.id(), later.plus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefusedException.Reason.NOT_PROPOSED));
    }

    @Test
    void a_declined_home_visit_request_tells_the_citizen_the_advisors_message() {
        var type = meetingType(bookings, "ishoj", "HJEMME");
        var reference = visitRequests.request(type, new CitizenContact("Erik Afvist", "erik@example.dk", null,
                Locale.of("da"), "", null), "Strandvej 1", "Gangbesvær", List.of(Instant.now().plus(Duration.ofDays(3))));
        SignedIn.as("bo", "ADVISOR");
        var request = visitRequests.forMyMunicipalities().stream().filter(r -> r.reference().equals(reference))
                .findFirst().orElseThrow();

        visitRequests.answer(request.id(), VisitRequestStatus.DECLINED, "Ring til mig, så finder vi en løsning.");

        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("erik@example.dk").size() >= 2);
        assertThat(TestSmtp.messagesTo("erik@example.dk")).anySatisfy(mail -> assertThat(Mails.textParts(mail))
                .anySatisfy(text -> assertThat(text).contains("Ring til mig, så finder vi en løsning.")));
    }

    @Test
    void the_advisor_cancels_with_a_message_that_reaches_the_citizen() {
        var type = meetingType(bookings, "ringsted", "TELEFON");
        var day = freeDay(bookings, type, 3);
        var confirmation = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("cancelled.by.advisor@example.dk"));
        SignedIn.as("anne", "ADVISOR");

        agenda.cancel(confirmation.bookingId(), "Jeg er desværre syg. Ring, så finder vi en ny tid.");

        assertThat(bookings.freeSlots(type, day)).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("cancelled.by.advisor@example.dk").stream()
                .anyMatch(mail -> Mails.textParts(mail).stream().anyMatch(t -> t.contains("Jeg er desværre syg."))));
    }

    @Test
    void christmas_eve_opens_when_the_municipality_decides_so() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var christmasEve = LocalDate.of(2026, 12, 24);
        MutableClock.get().setTo(Instant.parse("2026-12-01T08:00:00Z"));
        SignedIn.as("anne", "ADVISOR");
        var ringsted = bookings.meetingTypes("ringsted").getFirst().municipalityId();
        try {
            assertThat(officeHours.holidayOptions(ringsted).christmasEveClosed()).isTrue();
            assertThat(bookings.freeSlots(type, christmasEve)).isEmpty();

            officeHours.updateHolidayOptions(ringsted, new DanishHolidays.Options(false, true, true));
            assertThat(bookings.freeSlots(type, christmasEve)).isNotEmpty();
        } finally {
            officeHours.updateHolidayOptions(ringsted, DanishHolidays.Options.ALL_CLOSED);
            MutableClock.get().reset();
        }
    }

    @Test
    void drop_in_visits_are_counted_per_session_day() {
        SignedIn.as("bo", "ADVISOR");
        var session = dropIn.dropInTypes().stream().filter(t -> t.municipalityName().equals("Ishøj Kommune"))
                .findFirst().orElseThrow();
        var day = LocalDate.now(TimeSlot.ZONE).minusDays(30);

        dropIn.registerVisit(session.id(), day);
        dropIn.registerVisit(session.id(), day);
        dropIn.registerVisit(session.id(), day.minusWeeks(1));

        assertThat(dropIn.countsPerDay(session.id(), day.minusWeeks(2), day))
                .containsExactly(new DropInRegister.SessionCount(day, 2), new DropInRegister.SessionCount(day.minusWeeks(1), 1));
    }
}
