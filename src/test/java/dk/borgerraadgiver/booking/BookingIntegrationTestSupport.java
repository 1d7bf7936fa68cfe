package dk.borgerraadgiver.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Finds demo meeting types and free days for tests that book. */
public final class BookingIntegrationTestSupport {

    private BookingIntegrationTestSupport() {
    }

    public static long meetingType(Bookings bookings, String municipality, String code) {
        return bookings.meetingTypes(municipality).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    public static CitizenContact citizen(String email) {
        return new CitizenContact("Test Borger", email, null, Locale.of("da"), "", null);
    }

    /**
     * A day with at least four free times, counted from the far end of the horizon (the last day is
     * left out, the horizon cuts it), so demo bookings in the first two weeks stay clear.
     */
    public static LocalDate freeDay(Bookings bookings, long type, int fromTheEnd, DayOfWeek... days) {
        var all = bookings.daysWithFreeSlots(type);
        var free = all.subList(0, all.size() - 1).stream()
                .filter(day -> days.length == 0 || List.of(days).contains(day.getDayOfWeek()))
                .filter(day -> bookings.freeSlots(type, day).size() >= 4)
                .toList();
        return free.get(free.size() - 1 - fromTheEnd);
    }

}
