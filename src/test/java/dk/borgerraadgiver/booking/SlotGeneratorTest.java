package dk.borgerraadgiver.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Arrays;

class SlotGeneratorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T08:00:00Z");

    private static SlotRules rules(Duration buffer, Duration notice, Duration horizon, List<SlotRules.ClosedPeriod> closed,
                                   DayOfWeek... days) {
        var hours = Arrays.stream(days)
                .map(day -> new SlotRules.WeeklyHours(day, LocalTime.of(10, 0), LocalTime.of(12, 0), LocalDate.of(2025, 1, 1), null))
                .toList();
        return new SlotRules(Duration.ofMinutes(45), buffer, notice, horizon, hours, closed, DanishHolidays.Options.ALL_CLOSED);
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(TimeSlot.ZONE).toInstant();
    }

    @Test
    void slots_fill_the_opening_hours_with_buffers_between() {
        var slots = SlotGenerator.freeSlots(rules(Duration.ofMinutes(15), Duration.ZERO, Duration.ofDays(365), List.of(),
                DayOfWeek.MONDAY), MONDAY, MONDAY, List.of(), LONG_BEFORE);

        assertThat(slots).extracting(TimeSlot::start).containsExactly(local(MONDAY, 10, 0), local(MONDAY, 11, 0));
        assertThat(slots.getFirst().end()).isEqualTo(local(MONDAY, 10, 45));
    }

    @Test
    void holidays_and_absence_ranges_have_no_slots() {
        var easterMonday = LocalDate.of(2026, 4, 6);
        var absence = new SlotRules.ClosedPeriod(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 24));
        var slots = SlotGenerator.freeSlots(rules(Duration.ZERO, Duration.ZERO, Duration.ofDays(365), List.of(absence),
                DayOfWeek.MONDAY), easterMonday, LocalDate.of(2026, 4, 27), List.of(), LONG_BEFORE);

        assertThat(slots).extracting(TimeSlot::day).doesNotContain(easterMonday, LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 4, 20)).contains(LocalDate.of(2026, 4, 27));
    }

    @Test
    void minimum_notice_and_horizon_bound_the_offer() {
        var now = local(MONDAY, 9, 0);
        var slots = SlotGenerator.freeSlots(rules(Duration.ZERO, Duration.ofHours(24), Duration.ofDays(14), List.of(),
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY), MONDAY, MONDAY.plusWeeks(4), List.of(), now);

        assertThat(slots.getFirst().start()).isEqualTo(local(MONDAY.plusDays(1), 10, 0));
        assertThat(slots.getLast().start()).isBeforeOrEqualTo(now.plus(Duration.ofDays(14)));
        assertThat(slots).extracting(TimeSlot::day).doesNotContain(MONDAY.plusWeeks(3));
    }

    @Test
    void busy_time_and_its_buffer_block_overlapping_slots() {
        var taken = new TimeSlot(local(MONDAY, 10, 30), local(MONDAY, 11, 15));
        var slots = SlotGenerator.freeSlots(rules(Duration.ofMinutes(15), Duration.ZERO, Duration.ofDays(365), List.of(),
                DayOfWeek.MONDAY), MONDAY, MONDAY, List.of(taken), LONG_BEFORE);

        assertThat(slots).isEmpty();
    }

    @Test
    void wall_clock_time_holds_across_the_change_to_and_from_summer_time() {
        var fridayBefore = LocalDate.of(2026, 3, 27);
        var mondayAfter = LocalDate.of(2026, 3, 30);
        var slots = SlotGenerator.freeSlots(rules(Duration.ZERO, Duration.ZERO, Duration.ofDays(365), List.of(),
                DayOfWeek.FRIDAY, DayOfWeek.MONDAY), fridayBefore, mondayAfter, List.of(), LONG_BEFORE);

        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));
        assertThat(slots.stream().filter(s -> s.day().equals(mondayAfter)).findFirst().orElseThrow().start())
                .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.localStart().toLocalTime()).isIn(LocalTime.of(10, 0), LocalTime.of(10, 45)));

        var october = SlotGenerator.freeSlots(rules(Duration.ZERO, Duration.ZERO, Duration.ofDays(365), List.of(),
                DayOfWeek.MONDAY), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 26), List.of(), LONG_BEFORE);
        assertThat(october.getFirst().start()).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }
}
