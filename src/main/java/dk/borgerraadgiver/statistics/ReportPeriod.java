package dk.borgerraadgiver.statistics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** A reporting period, both days included: a quarter, a half-year, a year or any range. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    public static ReportPeriod quarter(int year, int quarter) {
        var from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new ReportPeriod(from, from.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod half(int year, int half) {
        var from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new ReportPeriod(from, from.plusMonths(6).minusDays(1));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the period is exactly one calendar quarter, however it was chosen (also as "own period"). */
    public boolean isCalendarQuarter() {
        return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3).minusDays(1));
    }

    /** The quarters the period touches, each clipped to the period. */
    public List<ReportPeriod> quarters() {
        var result = new ArrayList<ReportPeriod>();
        var start = from.withDayOfMonth(1).withMonth(3 * (from.get(IsoFields.QUARTER_OF_YEAR) - 1) + 1);
        for (var q = start; !q.isAfter(to); q = q.plusMonths(3)) {
            var end = q.plusMonths(3).minusDays(1);
            result.add(new ReportPeriod(q.isBefore(from) ? from : q, end.isAfter(to) ? to : end));
        }
        return result;
    }

    /** The first day of the quarter a date is in, as the figures group them. */
    public static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), 3 * (day.get(IsoFields.QUARTER_OF_YEAR) - 1) + 1, 1);
    }
}
