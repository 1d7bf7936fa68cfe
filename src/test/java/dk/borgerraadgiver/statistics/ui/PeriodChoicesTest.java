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
}
