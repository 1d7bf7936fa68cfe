package dk.borgerraadgiver.statistics;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report draft as a PDF a council can be sent: a cover page, page numbers, and each table as one
 * block with its heading, counting rule and chart, kept on one page when it fits (a heading never
 * stands alone at the foot of a page, a chart never drifts into the next table). Columns are as wide
 * as their longest word, so no header breaks inside a word; a table with more than
 * {@value #MAX_COLUMNS} figure columns (departments) is turned, with the departments as rows.
 */
@Component
class ReportPdf {

    static final int MAX_COLUMNS = 6;
    private static final float MARGIN = 56;
    private static final float PADDING = 3;
    private static final Font COVER_TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 28);
    private static final Font COVER_TEXT = FontFactory.getFont(FontFactory.HELVETICA, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);
    private static final Font FOOTER = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final float CELL_SIZE = 9;

    private final ReportCharts charts;
    private final MessageSource messages;

    ReportPdf(ReportCharts charts, MessageSource messages) {
        this.charts = charts;
        this.messages = messages;
    }

    /** A table as the PDF lays it out: turned when it has too many figure columns to read across. */
    record Layout(List<String> columns, List<String> rowLabels, List<List<String>> cells, List<Boolean> totalRows) {
    }

    byte[] write(Report report, String kind) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        var writer = PdfWriter.getInstance(document, out);
        var footer = report.municipalityName() + " · " + kind + " · " + report.periodLabel();
        writer.setPageEvent(new PageFooter(footer, text("stats.pdf.page", report)));
        document.addTitle(kind + " – " + report.municipalityName());
        document.addSubject(report.periodLabel());
        document.addAuthor(report.municipalityName());
        document.addCreator("Borgerrådgiver-portalen");
        document.open();
        cover(document, report, kind);
        document.newPage();
        section(document, text("stats.pdf.intro", report), report.intro().isBlank() ? text("stats.pdf.noIntro", report) : report.intro());
        float width = document.right() - document.left();
        for (var table : report.tables()) {
            document.add(block(table, writer, width));
        }
        section(document, text("stats.pdf.recommendations", report),
                report.recommendations().isBlank() ? text("stats.pdf.noRecommendations", report) : report.recommendations());
        document.close();
        return out.toByteArray();
    }

    private void cover(Document document, Report report, String kind) {
        var title = new Paragraph(kind, COVER_TITLE);
        title.setSpacingBefore(180);
        document.add(title);
        var municipality = new Paragraph(text("stats.pdf.coverAdvisor", report) + ", " + report.municipalityName(), COVER_TEXT);
        municipality.setSpacingBefore(18);
        document.add(municipality);
        document.add(new Paragraph(report.periodLabel(), COVER_TEXT));
        var draft = new Paragraph(text("stats.pdf.draft", report), SMALL);
        draft.setSpacingBefore(36);
        document.add(draft);
    }

    private void section(Document document, String heading, String body) {
        var title = new Paragraph(heading, HEADING);
        title.setSpacingBefore(14);
        title.setKeepTogether(true);
        document.add(title);
        for (var paragraph : body.split("\\R\\s*\\R")) {
            var p = new Paragraph(paragraph.strip(), BODY);
            p.setSpacingAfter(6);
            document.add(p);
        }
    }

    /** Heading, rule, table and chart as one block that moves to the next page whole when it fits there. */
    private PdfPTable block(ReportTable table, PdfWriter writer, float width) {
        var block = new PdfPTable(1);
        block.setTotalWidth(width);
        block.setLockedWidth(true);
        block.setKeepTogether(true);
        block.setSpacingBefore(14);
        block.addCell(plain(new Phrase(table.title(), HEADING)));
        block.addCell(plain(new Phrase(table.rule(), SMALL)));
        var figures = new PdfPCell(figures(layout(table), width));
        figures.setBorder(Rectangle.NO_BORDER);
        figures.setPadding(0);
        figures.setPaddingTop(4);
        figures.setPaddingBottom(6);
        block.addCell(figures);
        if (table.chart() != ReportTable.ChartKind.NONE && table.rows().stream().anyMatch(r -> !r.total() && r.cells().getFirst().count() > 0)) {
            float height = table.chart() == ReportTable.ChartKind.PIE ? 230 : Math.min(420, 50 + 36 * table.rows().size());
            var template = writer.getDirectContent().createTemplate(width, height);
            var graphics = template.createGraphicsShapes(width, height);
            charts.draw(table, graphics, new Rectangle2D.Double(0, 0, width, height));
            graphics.dispose();
            var image = Image.getInstance(template);
            image.setAlt(charts.textAlternative(table));
            var chart = new PdfPCell(image, false);
            chart.setBorder(Rectangle.NO_BORDER);
            block.addCell(chart);
        }
        return block;
    }

    /** The table as laid out: as it is, or turned when it has more than {@value #MAX_COLUMNS} figure columns. */
    static Layout layout(ReportTable table) {
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
            return new Layout(table.columns(), labels, cells, totals);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            labels.add(table.columns().get(c));
            totals.add(c == 0 && table.columns().size() > 1 && isTotalColumn(table));
            var line = new ArrayList<String>();
            for (var row : table.rows()) {
                line.add(figure(table, row, c));
            }
            cells.add(line);
        }
        return new Layout(table.rows().stream().map(ReportTable.Row::label).toList(), labels, cells, totals);
    }

    private static boolean isTotalColumn(ReportTable table) {
        return table.rows().stream().anyMatch(ReportTable.Row::total);
    }

    private static String figure(ReportTable table, ReportTable.Row row, int column) {
        var text = ReportTable.format(row.cells().get(column).value());
        return table.isPercent(column) ? text + " %" : text;
    }

    /**
     * Figure columns as wide as their widest word or number, the label column the rest; when that
     * leaves the labels too little room, the type gets smaller (never below 6.5 pt) rather than a word breaking.
     */
    private static PdfPTable figures(Layout layout, float width) {
        float size = CELL_SIZE;
        float[] widths;
        do {
            widths = widths(layout, size, width);
            if (widths[0] >= width * 0.3f || size <= 6.5f) {
                break;
            }
            size -= 0.5f;
        } while (true);
        var plainFont = FontFactory.getFont(FontFactory.HELVETICA, size);
        var boldFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, size);
        var pdf = new PdfPTable(widths.length);
        pdf.setTotalWidth(widths);
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(1);
        pdf.addCell(cell("", boldFont, Element.ALIGN_LEFT));
        // A header may break after a slash ("inddragelse/ vejledning/ koordinering"), never inside a word.
        layout.columns().forEach(c -> pdf.addCell(cell(c.replace("/", "/ "), boldFont, Element.ALIGN_RIGHT)));
        for (int r = 0; r < layout.rowLabels().size(); r++) {
            var font = layout.totalRows().get(r) ? boldFont : plainFont;
            pdf.addCell(cell(layout.rowLabels().get(r), font, Element.ALIGN_LEFT));
            for (var value : layout.cells().get(r)) {
                pdf.addCell(cell(value, font, Element.ALIGN_RIGHT));
            }
        }
        return pdf;
    }

    private static float[] widths(Layout layout, float size, float width) {
        var bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, size).getCalculatedBaseFont(false);
        var widths = new float[layout.columns().size() + 1];
        float figures = 0;
        for (int c = 0; c < layout.columns().size(); c++) {
            float widest = longestWord(layout.columns().get(c), bold, size);
            for (var line : layout.cells()) {
                widest = Math.max(widest, bold.getWidthPoint(line.get(c), size));
            }
            widths[c + 1] = widest + 2 * PADDING + 2;
            figures += widths[c + 1];
        }
        widths[0] = width - figures;
        if (widths[0] > width * 0.45f && layout.columns().size() > 0) {
            float extra = (widths[0] - width * 0.45f) / layout.columns().size();
            widths[0] = width * 0.45f;
            for (int c = 1; c < widths.length; c++) {
                widths[c] += extra;
            }
        }
        return widths;
    }

    private static float longestWord(String text, org.openpdf.text.pdf.BaseFont font, float size) {
        return (float) Arrays.stream(text.split("[\\s/]+")).mapToDouble(word -> font.getWidthPoint(word, size)).max().orElse(0);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(PADDING);
        return cell;
    }

    private static PdfPCell plain(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        return cell;
    }

    private String text(String key, Report report) {
        return messages.getMessage(key, null, report.locale());
    }

    /** "Side n" and what the report is, at the foot of every page but the cover. */
    private static final class PageFooter extends PdfPageEventHelper {

        private final String footer;
        private final String pageWord;

        PageFooter(String footer, String pageWord) {
            this.footer = footer;
            this.pageWord = pageWord;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            var content = writer.getDirectContent();
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(footer, FOOTER), document.left(), y, 0);
            ColumnText.showTextAligned(content, Element.ALIGN_RIGHT, new Phrase(pageWord + " " + writer.getPageNumber(), FOOTER),
                    document.right(), y, 0);
        }
    }
}
