package dk.borgerraadgiver.statistics;

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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as files: an Excel workbook (one sheet per table, numbers as numbers), a CSV (one line per
 * figure, semicolon-separated for Danish Excel) and a PDF draft on A4 with the municipality's name,
 * the period, the advisor's intro and recommendations, and every table with its chart.
 */
@Component
public class ReportExports {

    private final MessageSource messages;
    private final ReportPdf pdf;

    private final ReportDocx docx;

    ReportExports(MessageSource messages, ReportPdf pdf, ReportDocx docx) {
        this.docx = docx;
        this.pdf = pdf;
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

    /** The report draft as an editable Word document: see {@link ReportDocx}. */
    public byte[] docx(Report report) {
        return docx.write(report, kind(report));
    }

    /** The report draft as a PDF: see {@link ReportPdf}. */
    public byte[] pdf(Report report) {
        return pdf.write(report, kind(report));
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
