package dk.borgerraadgiver.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything slot generation needs to know about one meeting type, as plain values.
 *
 * @param minimumNotice how long before its start a slot can still be booked
 * @param horizon       how far ahead slots are offered
 * @param buffer        free time kept after each meeting
 */
public record SlotRules(Duration slotLength, Duration buffer, Duration minimumNotice, Duration horizon,
                        List<WeeklyHours> weeklyHours, List<ClosedPeriod> closedPeriods,
                        DanishHolidays.Options holidays) {

    /** Opening hours on one day of the week, valid from a date and (optionally) until one. */
    public record WeeklyHours(DayOfWeek day, LocalTime from, LocalTime to, LocalDate validFrom,
                              @Nullable LocalDate validTo) {

        public WeeklyHours {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("Opening hours end after they start");
            }
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("Opening hours are valid until a day on or after they start");
            }
        }

        boolean appliesTo(LocalDate date) {
            return date.getDayOfWeek() == day && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }

    /** A closure or the advisor's absence: every day from first to last, both included. */
    public record ClosedPeriod(LocalDate firstDay, LocalDate lastDay) {

        public ClosedPeriod {
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("A closed period ends on or after its first day");
            }
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }
}
