package dk.borgerraadgiver.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.casework.RegistrationFigures.PointGroup;
import dk.borgerraadgiver.statistics.ReportTable.Cell;
import dk.borgerraadgiver.statistics.ReportTable.ChartKind;
import dk.borgerraadgiver.statistics.ReportTable.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How a report's tables are written: titles and rules from the bundles, rows, totals, shares, department rows. */
@Component
class ReportLayout {

    private final MessageSource messages;

    ReportLayout(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    ReportTable table(String id, ReportContext c, String ruleKey, List<String> columns, List<Boolean> percent, List<Row> rows,
                      ChartKind chart) {
        return new ReportTable(id, text("stats.table." + id, c.locale()), text(ruleKey, c.locale()), List.copyOf(columns),
                List.copyOf(percent), List.copyOf(rows), chart);
    }

    /** A table with one count column. */
    ReportTable counts(String id, ReportContext c, String ruleKey, String columnKey, List<Row> rows, ChartKind chart) {
        return table(id, c, ruleKey, List.of(text(columnKey, c.locale())), List.of(false), rows, chart);
    }

    Row row(ReportContext c, String key, long count, FigureFilter filter) {
        return row(text(key, c.locale()), count, filter);
    }

    Row row(String label, long count, @Nullable FigureFilter filter) {
        return new Row(label, List.of(new Cell(count, filter)), false);
    }

    Row total(ReportContext c, long count, @Nullable FigureFilter filter) {
        return new Row(text("stats.total", c.locale()), List.of(new Cell(count, filter)), true);
    }

    static Row asTotal(Row row) {
        return new Row(row.label(), row.cells(), true);
    }

    /** Counts with their whole-number shares (largest remainder), adding up to 100. */
    ReportTable shareTable(String id, ReportContext c, String rule, Map<String, Long> counts, Map<String, FigureFilter> filters,
                           long total) {
        var labels = List.copyOf(counts.keySet());
        var shares = Shares.of(labels.stream().map(counts::get).toList());
        var rows = new ArrayList<Row>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), List.of(new Cell(counts.get(labels.get(i)), filters.get(labels.get(i))),
                    new Cell(shares.get(i), null)), false));
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(total, null), new Cell(total == 0 ? 0 : 100, null)), true));
        return table(id, c, rule, List.of(text("stats.col.count", c.locale()), text("stats.col.percent", c.locale())),
                List.of(false, true), rows, ChartKind.PIE);
    }

    Row departmentRow(String label, List<DepartmentColumns.Column> columns, List<PointGroup> points, FigureFilter filter) {
        var cells = new ArrayList<Cell>();
        cells.add(new Cell(sum(points, g -> true), filter));
        for (var column : columns) {
            cells.add(new Cell(sum(points, g -> column.members().contains(departmentKey(g.departmentId()))),
                    filter.departments(column.members())));
        }
        return new Row(label, cells, false);
    }

    ReportTable departmentTable(String id, String title, ReportContext c, List<DepartmentColumns.Column> columns, List<Row> rows) {
        var headers = new ArrayList<String>();
        headers.add(text("stats.total", c.locale()));
        columns.forEach(column -> headers.add(column.label()));
        return new ReportTable(id, title, text("stats.rule.points", c.locale()), List.copyOf(headers),
                headers.stream().map(h -> false).toList(), List.copyOf(rows), ChartKind.NONE);
    }

    List<DepartmentColumns.Column> departmentColumns(ReportContext c, List<PointGroup> points) {
        return DepartmentColumns.of(c.departments(), c.level(), points.stream().map(g -> departmentKey(g.departmentId())).toList(),
                text("stats.otherDepartment", c.locale()));
    }

    String quarterLabel(ReportPeriod quarter, Locale locale) {
        var start = ReportPeriod.quarterOf(quarter.from());
        var whole = quarter.from().equals(start) && quarter.to().equals(start.plusMonths(3).minusDays(1));
        var label = text("stats.quarter", locale, (start.getMonthValue() - 1) / 3 + 1, String.valueOf(start.getYear()));
        if (whole) {
            return label;
        }
        var format = DateTimeFormatter.ofPattern("d.M.", locale);
        return label + " (" + format.format(quarter.from()) + "–" + format.format(quarter.to()) + ")";
    }

    static long sum(List<PointGroup> points, Predicate<PointGroup> which) {
        return points.stream().filter(which).mapToLong(PointGroup::count).sum();
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    static long departmentKey(@Nullable Long id) {
        return id == null ? FigureFilter.NONE : id;
    }
}
