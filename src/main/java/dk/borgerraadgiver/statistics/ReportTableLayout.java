package dk.borgerraadgiver.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the PDF and Word drafts lay it out: as it is, or turned (departments as rows) when it has
 * more than {@value #MAX_COLUMNS} figure columns, too many to read across a portrait page.
 */
record ReportTableLayout(List<String> columns, List<String> rowLabels, List<List<String>> cells, List<Boolean> totalRows) {

    static final int MAX_COLUMNS = 6;

    static ReportTableLayout of(ReportTable table) {
        var cells = new ArrayList<List<String>>();
        var labels = new ArrayList<String>();
        var totals = new ArrayList<Boolean>();
        if (table.columns().size() <= MAX_COLUMNS) {
            for (var row : table.rows()) {
                labels.add(row.label());
                totals.add(row.total());
                var line = new ArrayList<String>();
                for (int c = 0; c < row.cells().size(); c++) {
                    line.add(figure(table, row, c));
                }
                cells.add(line);
            }
            return new ReportTableLayout(table.columns(), labels, cells, totals);
        }
        boolean hasTotalRow = table.rows().stream().anyMatch(ReportTable.Row::total);
        for (int c = 0; c < table.columns().size(); c++) {
            labels.add(table.columns().get(c));
            totals.add(c == 0 && table.columns().size() > 1 && hasTotalRow);
            var line = new ArrayList<String>();
            for (var row : table.rows()) {
                line.add(figure(table, row, c));
            }
            cells.add(line);
        }
        return new ReportTableLayout(table.rows().stream().map(ReportTable.Row::label).toList(), labels, cells, totals);
    }

    private static String figure(ReportTable table, ReportTable.Row row, int column) {
        var text = ReportTable.format(row.cells().get(column).value());
        return table.isPercent(column) ? text + " %" : text;
    }
}
