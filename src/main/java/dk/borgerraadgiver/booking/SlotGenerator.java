package dk.borgerraadgiver.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dk.borgerraadgiver.shared.PortalTime;

/**
 * Turns opening hours into free slots. Slots are laid out in local (Danish) wall-clock time, so a
 * 10:00 meeting stays at 10:00 across the change to and from summer time, and converted to instants
 * only at the end.
 */
public final class SlotGenerator {

    private SlotGenerator() {
    }

    /**
     * The free slots between {@code firstDay} and {@code lastDay} (both included), given the busy
     * intervals of the advisor (bookings in any municipality), as seen at {@code now}.
     */
    public static List<TimeSlot> freeSlots(SlotRules rules, LocalDate firstDay, LocalDate lastDay,
                                           List<TimeSlot> busy, Instant now) {
        var earliest = now.plus(rules.minimumNotice());
        var latest = now.plus(rules.horizon());
        var slots = new ArrayList<TimeSlot>();
        for (var day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            var date = day;
            if (DanishHolidays.isHoliday(date, rules.holidays())
                    || rules.closedPeriods().stream().anyMatch(period -> period.covers(date))) {
                continue;
            }
            for (var hours : rules.weeklyHours()) {
                if (!hours.appliesTo(date)) {
                    continue;
                }
                var start = LocalDateTime.of(date, hours.from());
                var closing = LocalDateTime.of(date, hours.to());
                while (!start.plus(rules.slotLength()).isAfter(closing)) {
                    var slot = new TimeSlot(start.atZone(PortalTime.ZONE).toInstant(),
                            start.plus(rules.slotLength()).atZone(PortalTime.ZONE).toInstant());
                    boolean free = busy.stream().noneMatch(taken ->
                            slot.overlaps(taken.start(), taken.end().plus(rules.buffer()))
                                    || taken.overlaps(slot.start(), slot.end().plus(rules.buffer())));
                    if (free && !slot.start().isBefore(earliest) && !slot.start().isAfter(latest)) {
                        slots.add(slot);
                    }
                    start = start.plus(rules.slotLength()).plus(rules.buffer());
                }
            }
        }
        slots.sort(null);
        return slots;
    }
}
