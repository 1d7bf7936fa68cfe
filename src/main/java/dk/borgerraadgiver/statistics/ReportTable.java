package dk.borgerraadgiver.statistics;

import java.util.List;

import dk.borgerraadgiver.casework.FigureFilter;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report, with the texts already in the reader's language: rows of numbers (counts,
 * or percentages where the column says so), the counting rule and, where it has one, its chart.
 */
public record ReportTable(String id, String title, String rule, List<String> columns, List<Boolean> percentColumns,
                          List<Row> rows, ChartKind chart) {

    /** How the table is drawn beside its numbers. */
    public enum ChartKind { NONE, BAR, PIE }

    /** A row; the total row is drawn in bold and left out of charts. */
    public record Row(String label, List<Cell> cells, boolean total) {
    }

    /** A figure and, where it counts registrations, the filter that finds the cases behind it. */
    public record Cell(double value, @Nullable FigureFilter cases) {

        public long count() {
            return Math.round(value);
        }
    }

    /** A figure as the reports write it: whole numbers without decimals, others with a decimal comma. */
    public static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    public boolean isPercent(int column) {
        return percentColumns.get(column);
    }
}
