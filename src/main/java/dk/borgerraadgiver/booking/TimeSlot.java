package dk.borgerraadgiver.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import dk.borgerraadgiver.shared.PortalTime;

/** A bookable interval; stored and compared as instants, shown in Danish time. */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {

    public static final ZoneId ZONE = PortalTime.ZONE;

    public TimeSlot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
    }

    public ZonedDateTime localStart() {
        return start.atZone(ZONE);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(ZONE);
    }

    public LocalDate day() {
        return localStart().toLocalDate();
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    @Override
    public int compareTo(TimeSlot other) {
        return start.compareTo(other.start);
    }
}
