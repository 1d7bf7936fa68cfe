package dk.borgerraadgiver.statistics.ui;

import java.time.LocalDate;

import dk.borgerraadgiver.statistics.ReportPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodChoicesTest {

    @Test
    void periods_that_have_begun_are_offered_newest_first_for_three_years() {
        var choices = PeriodChoices.until(LocalDate.of(2026, 5, 10), (key, args) -> key + args[0] + "/" + args[args.length - 1]);

        assertThat(choices.keySet()).first().isEqualTo(ReportPeriod.half(2026, 1));
        assertThat(choices).containsKey(ReportPeriod.quarter(2026, 2)).doesNotContainKey(ReportPeriod.quarter(2026, 3))
                .doesNotContainKey(ReportPeriod.half(2026, 2)).containsKey(ReportPeriod.year(2024))
                .doesNotContainKey(ReportPeriod.year(2023));
        assertThat(choices.get(ReportPeriod.quarter(2025, 4))).isEqualTo("stats.period.quarter4/2025");
    }

    @Test
    void every_year_back_to_the_first_registration_is_offered_and_a_quarter_is_known_as_one() {
        var choices = PeriodChoices.between(2019, LocalDate.of(2026, 12, 3), (key, args) -> key + args[0] + "/" + args[args.length - 1]);

        assertThat(choices).containsKey(ReportPeriod.year(2019)).containsKey(ReportPeriod.half(2019, 1))
                .doesNotContainKey(ReportPeriod.year(2018));
        assertThat(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)).isCalendarQuarter()).isTrue();
        assertThat(new ReportPeriod(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 6, 30)).isCalendarQuarter()).isFalse();
        assertThat(ReportPeriod.half(2026, 1).isCalendarQuarter()).isFalse();
    }
}
