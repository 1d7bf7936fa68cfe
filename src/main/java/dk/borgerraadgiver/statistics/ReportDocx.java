package dk.borgerraadgiver.statistics;

import java.awt.Color;
import java.util.ArrayList;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report draft as an editable Word document, since most councils' secretariats finish the text
 * in Word: the same cover, texts and tables (laid out as in the PDF, wide tables turned), each chart
 * as a picture followed by its text alternative.
 */
@Component
class ReportDocx {

    private static final int CHART_WIDTH_PX = 1200;

    private final ReportCharts charts;
    private final MessageSource messages;

    ReportDocx(ReportCharts charts, MessageSource messages) {
        this.charts = charts;
        this.messages = messages;
    }

    byte[] write(Report report, String kind) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(kind + " – " + report.municipalityName());
            document.getProperties().getCoreProperties().setCreator(report.author().isBlank() ? "Borgerrådgiver-portalen" : report.author());
            WordStyles.install(document, report.palette().get(0));
            if (report.logo() != null) {
                logo(document, report);
            }
            text(document, kind, 28, true, false);
            text(document, text("stats.pdf.coverAdvisor", report) + ", " + report.municipalityName(), 14, false, false);
            text(document, report.periodLabel(), 14, false, false);
            if (!report.author().isBlank()) {
                text(document, text("stats.pdf.author", report) + " " + report.author(), 11, false, false);
            }
            text(document, text("stats.pdf.draft", report), 9, false, true).createRun().addBreak(BreakType.PAGE);
            var headings = new ArrayList<String>();
            headings.add(text("stats.pdf.intro", report));
            report.tables().forEach(table -> headings.add(table.title()));
            headings.add(text("stats.pdf.recommendations", report));
            headings.add(text("stats.pdf.appendix", report));
            WordStyles.contents(document, text("stats.pdf.contents", report), headings);
            section(document, text("stats.pdf.intro", report), report.intro().isBlank() ? text("stats.pdf.noIntro", report) : report.intro());
            for (var table : report.tables()) {
                WordStyles.heading(document, table.title());
                keepWithNext(text(document, table.rule(), 9, false, true));
                table(document, ReportTableLayout.of(table));
                if (table.chart() != ReportTable.ChartKind.NONE
                        && table.rows().stream().anyMatch(r -> !r.total() && r.cells().getFirst().count() > 0)) {
                    chart(document, table, report.palette());
                }
            }
            section(document, text("stats.pdf.recommendations", report),
                    report.recommendations().isBlank() ? text("stats.pdf.noRecommendations", report) : report.recommendations());
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
            section(document, text("stats.pdf.appendix", report), String.join("\n\n",
                    Report.COUNTING_RULES.stream().map(key -> text(key, report)).toList()));
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("The Word document could not be written", e);
        }
    }

    private void table(XWPFDocument document, ReportTableLayout layout) {
        XWPFTable table = document.createTable(layout.rowLabels().size() + 1, layout.columns().size() + 1);
        table.setWidth("100%");
        var header = table.getRow(0);
        header.setRepeatHeader(true);
        cell(header.getCell(0), "", true, false);
        for (int c = 0; c < layout.columns().size(); c++) {
            cell(header.getCell(c + 1), layout.columns().get(c), true, true);
        }
        for (int r = 0; r < layout.rowLabels().size(); r++) {
            var row = table.getRow(r + 1);
            boolean total = layout.totalRows().get(r);
            cell(row.getCell(0), layout.rowLabels().get(r), total, false);
            for (int c = 0; c < layout.columns().size(); c++) {
                cell(row.getCell(c + 1), layout.cells().get(r).get(c), total, true);
            }
        }
        document.createParagraph();
    }

    private static void cell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text, boolean bold, boolean right) {
        var paragraph = cell.getParagraphs().getFirst();
        paragraph.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        var run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(9);
    }

    private void chart(XWPFDocument document, ReportTable table, ChartPalette palette)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        int height = table.chart() == ReportTable.ChartKind.PIE ? 575 : Math.min(1050, 125 + 90 * table.rows().size());
        var image = new BufferedImage(CHART_WIDTH_PX, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, CHART_WIDTH_PX, height);
        graphics.scale(2.5, 2.5);
        charts.draw(table, palette, graphics, new Rectangle2D.Double(0, 0, CHART_WIDTH_PX / 2.5, height / 2.5));
        graphics.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var run = document.createParagraph().createRun();
        run.addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG, table.id() + ".png",
                Units.toEMU(450), Units.toEMU(450.0 * height / CHART_WIDTH_PX));
        // The picture's own description, read by screen readers and kept in a PDF saved from Word.
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(charts.textAlternative(table));
        text(document, charts.textAlternative(table), 8, false, true);
    }

    /** The municipality's logo, at most 160 × 80 points, in its own proportions. */
    private static void logo(XWPFDocument document, Report report)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        var image = ImageIO.read(new ByteArrayInputStream(report.logo()));
        double scale = Math.min(160.0 / image.getWidth(), 80.0 / image.getHeight());
        var run = document.createParagraph().createRun();
        run.addPicture(new ByteArrayInputStream(report.logo()), PictureType.PNG, "logo.png",
                Units.toEMU(image.getWidth() * scale), Units.toEMU(image.getHeight() * scale));
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(report.municipalityName());
    }

    private void section(XWPFDocument document, String heading, String body) {
        WordStyles.heading(document, heading);
        for (var paragraph : body.split("\\R\\s*\\R")) {
            text(document, paragraph.strip(), 10.5, false, false);
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFParagraph text(XWPFDocument document, String text, double size,
                                                                   boolean bold, boolean italic) {
        var paragraph = document.createParagraph();
        var run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return paragraph;
    }

    /** A heading stays on the page of what follows it (POI's setKeepNext needs the paragraph's properties first). */
    private static void keepWithNext(org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph) {
        if (!paragraph.getCTP().isSetPPr()) {
            paragraph.getCTP().addNewPPr();
        }
        paragraph.setKeepNext(true);
    }

    private String text(String key, Report report) {
        return messages.getMessage(key, null, report.locale());
    }
}
