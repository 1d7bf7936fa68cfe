package dk.borgerraadgiver.statistics;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;

import dk.borgerraadgiver.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as files: an Excel workbook (one sheet per table, numbers as numbers), a CSV (one line per
 * figure, semicolon-separated for Danish Excel) and a PDF draft on A4 with the municipality's name,
 * the period, the advisor's intro and recommendations, and every table with its chart.
 */
@Component
public class ReportExports {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font CELL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final ReportCharts charts;
    private final MessageSource messages;

    ReportExports(ReportCharts charts, MessageSource messages) {
        this.charts = charts;
        this.messages = messages;
    }

    public byte[] xlsx(Report report) {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            // "Andel" columns hold whole percentages; Excel shows them as 42 %, not 42.
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            int index = 1;
            for (var table : report.tables()) {
                var name = WorkbookUtil.createSafeSheetName(index++ + " " + table.title());
                var sheet = workbook.createSheet(name);
                int r = 0;
                var title = sheet.createRow(r++).createCell(0);
                title.setCellValue(table.title());
                title.setCellStyle(header);
                sheet.createRow(r++).createCell(0).setCellValue(report.municipalityName() + ", " + report.periodLabel());
                sheet.createRow(r++).createCell(0).setCellValue(table.rule());
                r++;
                var head = sheet.createRow(r++);
                head.createCell(0).setCellValue("");
                for (int c = 0; c < table.columns().size(); c++) {
                    var cell = head.createCell(c + 1);
                    cell.setCellValue(table.columns().get(c));
                    cell.setCellStyle(header);
                }
                for (var row : table.rows()) {
                    var line = sheet.createRow(r++);
                    var label = line.createCell(0);
                    label.setCellValue(row.label());
                    if (row.total()) {
                        label.setCellStyle(header);
                    }
                    for (int c = 0; c < row.cells().size(); c++) {
                        var cell = line.createCell(c + 1);
                        if (table.isPercent(c)) {
                            cell.setCellValue(row.cells().get(c).value() / 100);
                            cell.setCellStyle(percent);
                        } else {
                            cell.setCellValue(row.cells().get(c).value());
                        }
                    }
                }
                sheet.setColumnWidth(0, 60 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(Report report) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            printer.printRecord(text("stats.csv.municipality", report), text("stats.csv.from", report),
                    text("stats.csv.to", report), text("stats.csv.table", report), text("stats.csv.row", report),
                    text("stats.csv.column", report), text("stats.csv.value", report));
            for (var table : report.tables()) {
                for (var row : table.rows()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        printer.printRecord(CsvCells.safe(report.municipalityName()), report.period().from(), report.period().to(),
                                CsvCells.safe(table.title()), CsvCells.safe(row.label()), CsvCells.safe(table.columns().get(c)),
                                ReportTable.format(row.cells().get(c).value()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] pdf(Report report) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(kind(report) + " – " + report.municipalityName());
        document.open();
        document.add(new Paragraph(kind(report), TITLE));
        document.add(new Paragraph(report.municipalityName() + " · " + report.periodLabel(), HEADING));
        document.add(new Paragraph(text("stats.pdf.draft", report), SMALL));
        section(document, text("stats.pdf.intro", report), report.intro().isBlank() ? text("stats.pdf.noIntro", report) : report.intro());
        for (var table : report.tables()) {
            var heading = new Paragraph(table.title(), HEADING);
            heading.setSpacingBefore(14);
            heading.setKeepTogether(true);
            document.add(heading);
            document.add(new Paragraph(table.rule(), SMALL));
            document.add(pdfTable(table));
            if (table.chart() != ReportTable.ChartKind.NONE && table.rows().stream().anyMatch(r -> !r.total() && r.cells().getFirst().count() > 0)) {
                float width = document.right() - document.left();
                float height = table.chart() == ReportTable.ChartKind.PIE ? 230 : Math.min(320, 40 + 24 * table.rows().size());
                var template = writer.getDirectContent().createTemplate(width, height);
                var graphics = template.createGraphicsShapes(width, height);
                charts.draw(table, graphics, new Rectangle2D.Double(0, 0, width, height));
                graphics.dispose();
                var image = Image.getInstance(template);
                image.setAlt(charts.textAlternative(table));
                document.add(image);
            }
        }
        section(document, text("stats.pdf.recommendations", report),
                report.recommendations().isBlank() ? text("stats.pdf.noRecommendations", report) : report.recommendations());
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String heading, String body) {
        var title = new Paragraph(heading, HEADING);
        title.setSpacingBefore(14);
        document.add(title);
        for (var paragraph : body.split("\\R\\s*\\R")) {
            var p = new Paragraph(paragraph.strip(), BODY);
            p.setSpacingAfter(6);
            document.add(p);
        }
    }

    private PdfPTable pdfTable(ReportTable table) {
        var pdf = new PdfPTable(table.columns().size() + 1);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(6);
        pdf.setHeaderRows(1);
        var widths = new float[table.columns().size() + 1];
        widths[0] = 3.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        pdf.setWidths(widths);
        pdf.addCell(cell("", CELL_BOLD, Element.ALIGN_LEFT));
        table.columns().forEach(c -> pdf.addCell(cell(c, CELL_BOLD, Element.ALIGN_RIGHT)));
        for (var row : table.rows()) {
            var font = row.total() ? CELL_BOLD : CELL;
            pdf.addCell(cell(row.label(), font, Element.ALIGN_LEFT));
            for (int c = 0; c < row.cells().size(); c++) {
                var text = ReportTable.format(row.cells().get(c).value());
                pdf.addCell(cell(table.isPercent(c) ? text + " %" : text, font, Element.ALIGN_RIGHT));
            }
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    /** Half-year status, annual report, or a status for any other period. */
    public String kind(Report report) {
        var length = Period.between(report.period().from(), report.period().to().plusDays(1));
        var key = report.period().isCalendarQuarter() ? "stats.kind.quarter"
                : length.toTotalMonths() == 6 && length.getDays() == 0 ? "stats.kind.half"
                : length.toTotalMonths() == 12 && length.getDays() == 0 ? "stats.kind.year" : "stats.kind.other";
        return text(key, report);
    }

    private String text(String key, Report report) {
        return messages.getMessage(key, null, report.locale());
    }
}
