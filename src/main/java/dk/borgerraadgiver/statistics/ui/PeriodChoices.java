package dk.borgerraadgiver.statistics.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.borgerraadgiver.statistics.ReportPeriod;

/**
 * The periods the statistics page offers, newest first: for this year back to the first year with
 * registrations (at least the two before this one), each half-year, the year and each quarter that
 * has begun by today.
 */
final class PeriodChoices {

    /** How a period is named on the page: the message key and its arguments. */
    interface Namer {
        String name(String key, Object... arguments);
    }

    private PeriodChoices() {
    }

    static Map<ReportPeriod, String> until(LocalDate today, Namer namer) {
        return between(today.getYear(), today, namer);
    }

    static Map<ReportPeriod, String> between(int firstYearWithRegistrations, LocalDate today, Namer namer) {
        var choices = new LinkedHashMap<ReportPeriod, String>();
        for (int year = today.getYear(); year >= Math.min(firstYearWithRegistrations, today.getYear() - 2); year--) {
            for (int half = 2; half >= 1; half--) {
                var candidate = ReportPeriod.half(year, half);
                if (!candidate.from().isAfter(today)) {
                    choices.put(candidate, namer.name("stats.period.half", half, String.valueOf(year)));
                }
            }
            choices.put(ReportPeriod.year(year), namer.name("stats.period.year", String.valueOf(year)));
            for (int quarter = 4; quarter >= 1; quarter--) {
                var candidate = ReportPeriod.quarter(year, quarter);
                if (!candidate.from().isAfter(today)) {
                    choices.put(candidate, namer.name("stats.period.quarter", quarter, String.valueOf(year)));
                }
            }
        }
        return choices;
    }
}
