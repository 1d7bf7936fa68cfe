package dk.borgerraadgiver.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden layout checks of the report drafts, read back with PDFBox and POI: what a council member
 * would see goes wrong if they fail.
 */
final class ReportDraftChecks {

    private static final float MARGIN = 56;

    private ReportDraftChecks() {
    }

    /**
     * The PDF reads as a document: a cover without a page number; contents whose page numbers are
     * where each heading is; each table's heading on the same page as its first row and its chart;
     * every word of every column header whole (never "Dagtilbu/d"); every chart label whole (never
     * cut with "…"); all text inside the margins; fonts embedded; language and bookmarks set. The pages
     * are rendered to target/report-pages to be looked at.
     */
    static void pdfLaidOutAsAReport(byte[] bytes, Report report, String name) throws IOException {
        try (var pdf = Loader.loadPDF(bytes)) {
            var pages = new ArrayList<String>();
            var charts = new ArrayList<List<String>>();
            var folder = Path.of("target", "report-pages", name);
            Files.createDirectories(folder);
            var renderer = new PDFRenderer(pdf);
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                var page = new PageText(pdf.getPage(p - 1).getMediaBox().getWidth(), pdf.getPage(p - 1).getMediaBox().getHeight());
                page.setStartPage(p);
                page.setEndPage(p);
                pages.add(page.getText(pdf).replaceAll("\\s+", " "));
                charts.add(page.charts);
                assertThat(page.outside).as("text outside the margins on page " + p).isEmpty();
                ImageIO.write(renderer.renderImageWithDPI(p - 1, 90), "png", folder.resolve("page-" + p + ".png").toFile());
            }
            assertThat(pages.getFirst()).contains(report.municipalityName()).doesNotContain("Side 1");
            assertThat(pages.get(1)).contains("Indhold").contains("Side 2");
            for (var table : report.tables()) {
                var layout = ReportTableLayout.of(table);
                var title = table.title().replaceAll("\\s+", " ");
                int page = firstPageAfterContents(pages, title);
                assertThat(page).as("the page of " + title).isPositive();
                assertThat(pages.get(1)).as("the contents give " + title + " page " + (page + 1))
                        .containsPattern(java.util.regex.Pattern.quote(title) + " " + (page + 1) + "\\b");
                var text = pages.get(page);
                assertThat(text).as(title + ": its first row on the same page")
                        .contains(layout.rowLabels().getFirst().replaceAll("\\s+", " "));
                for (var column : layout.columns()) {
                    for (var word : column.split("[\\s/]+")) {
                        assertThat(text).as(title + ": the header word " + word + " whole").contains(word);
                    }
                }
                boolean hasChart = table.chart() == ReportTable.ChartKind.BAR
                        && table.rows().stream().anyMatch(r -> !r.total() && r.cells().getFirst().count() > 0);
                if (hasChart) {
                    var chart = String.join(" ", charts.get(page));
                    assertThat(chart).as(title + ": its chart on the same page, no label cut").isNotBlank().doesNotContain("…", "...");
                    for (var row : table.rows().stream().filter(r -> !r.total()).toList()) {
                        for (var word : ReportCharts.barLabel(row.label()).split("[\\s/]+")) {
                            assertThat(chart).as(title + ": the chart label word " + word + " whole").contains(word);
                        }
                    }
                }
            }
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertThat(outline.children()).as("a bookmark per heading").hasSize(report.tables().size() + 3);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(report.locale().toLanguageTag());
            for (var page : pdf.getPages()) {
                for (var font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as("font " + font + " embedded").isTrue();
                }
            }
        }
    }

    private static int firstPageAfterContents(List<String> pages, String title) {
        for (int p = 2; p < pages.size(); p++) {
            if (pages.get(p).contains(title)) {
                return p;
            }
        }
        return -1;
    }

    /** The Word draft opens with POI and holds, table for table, the figures of the Excel workbook. */
    static void wordHoldsTheFiguresOfTheExcel(byte[] docx, byte[] xlsx, Report report) throws IOException {
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx));
             var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(word.getTables()).hasSize(report.tables().size());
            for (int t = 0; t < report.tables().size(); t++) {
                var table = report.tables().get(t);
                var sheet = workbook.getSheetAt(t);
                var wordTable = word.getTables().get(t);
                boolean turned = table.columns().size() > ReportTableLayout.MAX_COLUMNS;
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        double excel = sheet.getRow(5 + r).getCell(c + 1).getNumericCellValue();
                        var cell = turned ? wordTable.getRow(c + 1).getCell(r + 1) : wordTable.getRow(r + 1).getCell(c + 1);
                        var text = cell.getText().replace(" %", "").replace(',', '.');
                        assertThat(Double.parseDouble(text)).as(table.title() + " row " + r + " column " + c)
                                .isCloseTo(table.isPercent(c) ? excel * 100 : excel, Offset.offset(0.001));
                    }
                }
            }
            var headings = word.getParagraphs().stream().filter(p -> WordStyles.HEADING.equals(p.getStyle()))
                    .map(p -> p.getText()).toList();
            assertThat(headings).as("every table title a Word heading").containsAll(report.tables().stream().map(ReportTable::title).toList());
        }
    }

    /** One page's text, and beside it the text of each chart (a form drawn on the page) and any glyph outside the margins. */
    private static final class PageText extends PDFTextStripper {

        private final float width;
        private final float height;
        final List<String> charts = new ArrayList<>();
        final List<String> outside = new ArrayList<>();
        private StringBuilder chart;

        PageText(float width, float height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            var outer = chart;
            chart = new StringBuilder();
            super.showForm(form);
            charts.add(chart.toString());
            chart = outer;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (chart != null) {
                chart.append(text.getUnicode());
            }
            float x = text.getXDirAdj();
            float y = text.getYDirAdj();
            if (!text.getUnicode().isBlank() && (x < MARGIN - 1 || x + text.getWidthDirAdj() > width - MARGIN + 1
                    || y < MARGIN - 20 || y > height - 30)) {
                outside.add(text.getUnicode() + " at " + Math.round(x) + "," + Math.round(y));
            }
            super.processTextPosition(text);
        }
    }
}
