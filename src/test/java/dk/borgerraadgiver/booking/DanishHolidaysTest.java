package dk.borgerraadgiver.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DanishHolidaysTest {

    /** Easter Sunday and the statutory closed days derived from it, from the almanac, 2024–2030. */
    record Year(int year, String easter, String maundyThursday, String goodFriday, String easterMonday,
                String ascension, String whitSunday, String whitMonday) {
    }

    static List<Year> almanac() {
        return List.of(
                new Year(2024, "2024-03-31", "2024-03-28", "2024-03-29", "2024-04-01", "2024-05-09", "2024-05-19", "2024-05-20"),
                new Year(2025, "2025-04-20", "2025-04-17", "2025-04-18", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-09"),
                new Year(2026, "2026-04-05", "2026-04-02", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-24", "2026-05-25"),
                new Year(2027, "2027-03-28", "2027-03-25", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-16", "2027-05-17"),
                new Year(2028, "2028-04-16", "2028-04-13", "2028-04-14", "2028-04-17", "2028-05-25", "2028-06-04", "2028-06-05"),
                new Year(2029, "2029-04-01", "2029-03-29", "2029-03-30", "2029-04-02", "2029-05-10", "2029-05-20", "2029-05-21"),
                new Year(2030, "2030-04-21", "2030-04-18", "2030-04-19", "2030-04-22", "2030-05-30", "2030-06-09", "2030-06-10"));
    }

    @ParameterizedTest
    @MethodSource("almanac")
    void statutory_holidays_match_the_almanac(Year expected) {
        Map<LocalDate, String> days = DanishHolidays.of(expected.year(), DanishHolidays.Options.STATUTORY_ONLY);

        assertThat(days).containsKeys(LocalDate.parse(expected.easter()), LocalDate.parse(expected.maundyThursday()),
                LocalDate.parse(expected.goodFriday()), LocalDate.parse(expected.easterMonday()),
                LocalDate.parse(expected.ascension()), LocalDate.parse(expected.whitSunday()),
                LocalDate.parse(expected.whitMonday()), LocalDate.of(expected.year(), 1, 1),
                LocalDate.of(expected.year(), 12, 25), LocalDate.of(expected.year(), 12, 26));
        assertThat(days).hasSize(10).doesNotContainValue("Store bededag");
    }

    @Test
    void store_bededag_was_a_holiday_until_2023_only() {
        assertThat(DanishHolidays.of(2023, DanishHolidays.Options.STATUTORY_ONLY))
                .containsEntry(LocalDate.of(2023, 5, 5), "Store bededag");
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 4, 26), DanishHolidays.Options.ALL_CLOSED)).isFalse();
    }

    @Test
    void christmas_eve_new_years_eve_and_constitution_day_follow_the_municipality() {
        var closed = DanishHolidays.of(2026, DanishHolidays.Options.ALL_CLOSED);
        var open = DanishHolidays.of(2026, DanishHolidays.Options.STATUTORY_ONLY);

        assertThat(closed).containsKeys(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 5));
        assertThat(open).doesNotContainKeys(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 5));
    }

    @Test
    void previous_working_day_skips_weekends_and_holidays() {
        // Tuesday after Easter Monday 2026 -> Thursday before Easter is the last working day? No: Easter Monday is 6 April,
        // so the working day before Tuesday 7 April is Wednesday 1 April.
        assertThat(DanishHolidays.previousWorkingDay(LocalDate.of(2026, 4, 7), DanishHolidays.Options.ALL_CLOSED))
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DanishHolidays.previousWorkingDay(LocalDate.of(2026, 11, 30), DanishHolidays.Options.ALL_CLOSED))
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }
}
