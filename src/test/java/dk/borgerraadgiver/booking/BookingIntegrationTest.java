package dk.borgerraadgiver.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.borgerraadgiver.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.sql.Timestamp;

/** Booking on real MariaDB with the demo office hours; each test uses its own day so they never meet. */
@PortalIntegrationTest
class BookingIntegrationTest {

    @Autowired
    Bookings bookings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_hundred_simultaneous_attempts_at_one_slot_make_exactly_one_booking() throws Exception {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 0);
        var slot = bookings.freeSlots(type, day).getFirst();
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(200)) {
            for (int i = 0; i < 200; i++) {
                var email = "race" + i + "@example.dk";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        bookings.book(type, slot, citizen(email));
                        return "booked";
                    } catch (SlotTakenException e) {
                        return "taken";
                    }
                }));
            }
            start.countDown();
        }
        var outcomes = new ArrayList<String>();
        for (var result : results) {
            outcomes.add(result.get());
        }

        assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("taken"::equals).hasSize(199);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM booking WHERE meeting_type_id = ? AND starts_at = ? AND status = 'CONFIRMED'",
                Long.class, type, Timestamp.from(slot.start())))
                .isEqualTo(1);
        assertThat(bookings.freeSlots(type, day)).doesNotContain(slot);
    }

    @Test
    void a_taken_slot_comes_back_with_the_nearest_free_times() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 1);
        var slot = bookings.freeSlots(type, day).get(1);
        bookings.book(type, slot, citizen("first@example.dk"));

        assertThatThrownBy(() -> bookings.book(type, slot, citizen("second@example.dk")))
                .isInstanceOfSatisfying(SlotTakenException.class, e -> assertThat(e.alternatives())
                        .isNotEmpty().doesNotContain(slot).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void cancelling_frees_the_slot_and_the_link_stops_working_for_changes() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 2);
        var slot = bookings.freeSlots(type, day).getFirst();
        var confirmation = bookings.book(type, slot, citizen("cancel@example.dk"));
        assertThat(bookings.freeSlots(type, day)).doesNotContain(slot);

        bookings.cancelByLink(confirmation.manageToken());

        assertThat(bookings.freeSlots(type, day)).contains(slot);
        assertThat(bookings.findByLink(confirmation.manageToken())).hasValueSatisfying(
                booking -> assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED));
        assertThatThrownBy(() -> bookings.moveByLink(confirmation.manageToken(), slot))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefusedException.Reason.NOT_ACTIVE));
    }

    @Test
    void a_forged_or_altered_link_finds_nothing() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 3);
        var confirmation = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("forge@example.dk"));
        var token = confirmation.manageToken();
        var otherId = (confirmation.bookingId() + 1) + token.substring(token.indexOf('.'));

        assertThat(bookings.findByLink(token)).isPresent();
        assertThat(bookings.findByLink(otherId)).isEmpty();
        assertThat(bookings.findByLink(token.substring(0, token.length() - 1) + "x")).isEmpty();
        assertThat(bookings.findByLink("not-a-token")).isEmpty();
    }

    @Test
    void one_advisor_serving_two_municipalities_is_never_booked_twice_at_once() {
        var stevns = meetingType(bookings, "stevns", "RADHUS");
        var ringsted = meetingType(bookings, "ringsted", "RADHUS");
        // a Tuesday on which both municipalities still have their 10:00 free (other tests book too)
        TimeSlot stevnsTen = null;
        TimeSlot ringstedTen = null;
        LocalDate tuesday = null;
        for (int fromTheEnd = 0; stevnsTen == null || ringstedTen == null; fromTheEnd++) {
            tuesday = freeDay(bookings, stevns, fromTheEnd, DayOfWeek.TUESDAY);
            stevnsTen = tenOClock(bookings.freeSlots(stevns, tuesday));
            ringstedTen = tenOClock(bookings.freeSlots(ringsted, tuesday));
        }

        bookings.book(stevns, stevnsTen, citizen("stevns@example.dk"));

        assertThat(bookings.freeSlots(ringsted, tuesday)).doesNotContain(ringstedTen);
        var taken = ringstedTen;
        assertThatThrownBy(() -> bookings.book(ringsted, taken, citizen("ringsted@example.dk")))
                .isInstanceOf(SlotTakenException.class);
    }

    private static TimeSlot tenOClock(List<TimeSlot> slots) {
        return slots.stream().filter(slot -> slot.localStart().toLocalTime().equals(LocalTime.of(10, 0)))
                .findFirst().orElse(null);
    }

    @Test
    void a_citizen_may_hold_only_a_few_future_bookings_online() {
        var type = meetingType(bookings, "ringsted", "TELEFON");
        var day = freeDay(bookings, type, 0);
        var free = bookings.freeSlots(type, day);
        bookings.book(type, free.get(0), citizen("busy@example.dk"));
        bookings.book(type, free.get(1), citizen("busy@example.dk"));

        assertThatThrownBy(() -> bookings.book(type, free.get(2), citizen("busy@example.dk")))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefusedException.Reason.TOO_MANY_ACTIVE));
    }

    @Test
    void a_time_outside_the_office_hours_is_refused() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 4);
        var evening = new TimeSlot(day.atTime(20, 0).atZone(TimeSlot.ZONE).toInstant(),
                day.atTime(20, 45).atZone(TimeSlot.ZONE).toInstant());

        assertThatThrownBy(() -> bookings.book(type, evening, citizen("late@example.dk")))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefusedException.Reason.OUTSIDE_HOURS));
    }
}
