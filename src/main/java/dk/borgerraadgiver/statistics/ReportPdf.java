package dk.borgerraadgiver.statistics;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report draft as a PDF a council can be sent: a cover with the municipality's logo, the period
 * and the advisor's name; a table of contents with page numbers (and the same entries as bookmarks);
 * the advisor's introduction; each table as one block with its heading, counting rule and chart, kept
 * on one page when it fits (a heading never stands alone at the foot of a page, a chart never drifts
 * into the next table); the recommendations; and the counting rules as an appendix. The text, the
 * charts' included, is real text in an embedded font, so it can be selected and read aloud. What the
 * PDF reaches for accessibility is in decision 012.
 *
 * <p>The document is laid out twice: the first pass learns on which page each heading lands, the
 * second writes those numbers into the contents, which take the same room both times.
 */
@Component
class ReportPdf {

    private static final float MARGIN = 56;
    private static final float CHART_SCALE = 0.72f;
    private static final Font COVER_TITLE = ReportFonts.bold(28);
    private static final Font COVER_TEXT = ReportFonts.regular(14);
    private static final Font BODY = ReportFonts.regular(10.5f);
    private static final Font SMALL = ReportFonts.italic(9);
    private static final Font FOOTER = ReportFonts.regular(8.5f);

    private final ReportCharts charts;
    private final MessageSource messages;

    ReportPdf(ReportCharts charts, MessageSource messages) {
        this.charts = charts;
        this.messages = messages;
    }

    /** One entry of the contents: its heading and the name its bookmark and link go to. */
    private record Entry(String anchor, String title) {
    }

    byte[] write(Report report, String kind) {
        var pages = new HashMap<String, Integer>();
        write(report, kind, pages);
        return write(report, kind, pages);
    }

    private byte[] write(Report report, String kind, Map<String, Integer> pages) {
        var entries = entries(report);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        var writer = PdfWriter.getInstance(document, out);
        var footer = report.municipalityName() + " · " + kind + " · " + report.periodLabel();
        writer.setPageEvent(new PageEvents(footer, text("stats.pdf.page", report), pages));
        document.addTitle(kind + " – " + report.municipalityName());
        document.addSubject(report.periodLabel());
        document.addAuthor(report.author().isBlank() ? report.municipalityName() : report.author());
        document.addCreator("Borgerrådgiver-portalen");
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.locale().toLanguageTag()));
        writer.createXmpMetadata();
        document.open();
        var heading = ReportFonts.bold(13);
        heading.setColor(report.palette().get(0));
        cover(document, writer, report, kind);
        document.newPage();
        contents(document, report, entries, pages);
        document.newPage();
        float width = document.right() - document.left();
        int index = 0;
        var intro = entries.get(index++);
        section(document, writer, intro, heading, report.intro().isBlank() ? text("stats.pdf.noIntro", report) : report.intro());
        for (var table : report.tables()) {
            var entry = entries.get(index++);
            document.add(block(table, entry, heading, report.palette(), writer, width));
            bookmark(writer, entry);
        }
        section(document, writer, entries.get(index++), heading,
                report.recommendations().isBlank() ? text("stats.pdf.noRecommendations", report) : report.recommendations());
        document.newPage();
        var appendix = new StringBuilder();
        for (var key : Report.COUNTING_RULES) {
            appendix.append(text(key, report)).append("\n\n");
        }
        section(document, writer, entries.get(index), heading, appendix.toString());
        document.close();
        return out.toByteArray();
    }

    private List<Entry> entries(Report report) {
        var entries = new ArrayList<Entry>();
        entries.add(new Entry("intro", text("stats.pdf.intro", report)));
        int t = 0;
        for (var table : report.tables()) {
            entries.add(new Entry("table-" + t++, table.title()));
        }
        entries.add(new Entry("recommendations", text("stats.pdf.recommendations", report)));
        entries.add(new Entry("appendix", text("stats.pdf.appendix", report)));
        return entries;
    }

    private void cover(Document document, PdfWriter writer, Report report, String kind) {
        // A band in the municipality's colour across the top of the cover.
        var canvas = writer.getDirectContentUnder();
        canvas.setColorFill(report.palette().get(0));
        canvas.rectangle(0, PageSize.A4.getHeight() - 24, PageSize.A4.getWidth(), 24);
        canvas.fill();
        float space = 150;
        if (report.logo() != null) {
            var logo = logo(report.logo());
            logo.scaleToFit(180, 90);
            logo.setAlt(report.municipalityName());
            document.add(logo);
            space -= logo.getScaledHeight();
        }
        var title = new Paragraph(kind, COVER_TITLE);
        title.setSpacingBefore(Math.max(space, 30));
        document.add(title);
        var municipality = new Paragraph(text("stats.pdf.coverAdvisor", report) + ", " + report.municipalityName(), COVER_TEXT);
        municipality.setSpacingBefore(18);
        document.add(municipality);
        document.add(new Paragraph(report.periodLabel(), COVER_TEXT));
        if (!report.author().isBlank()) {
            var author = new Paragraph(text("stats.pdf.author", report) + " " + report.author(), BODY);
            author.setSpacingBefore(24);
            document.add(author);
        }
        var draft = new Paragraph(text("stats.pdf.draft", report), SMALL);
        draft.setSpacingBefore(36);
        document.add(draft);
    }

    private static Image logo(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents: every heading with its page, each a link; numbers are blank in the first pass. */
    private void contents(Document document, Report report, List<Entry> entries, Map<String, Integer> pages) {
        var title = new Paragraph(text("stats.pdf.contents", report), ReportFonts.bold(16));
        title.setSpacingAfter(10);
        document.add(title);
        var table = new PdfPTable(new float[]{9, 1});
        table.setWidthPercentage(100);
        for (var entry : entries) {
            var link = new Chunk(entry.title(), ReportFonts.regular(9.5f)).setLocalGoto(entry.anchor());
            var name = new PdfPCell(new Phrase(link));
            var page = new PdfPCell(new Phrase(pages.containsKey(entry.anchor()) ? String.valueOf(pages.get(entry.anchor())) : "",
                    ReportFonts.regular(9.5f)));
            page.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (var cell : List.of(name, page)) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(new Color(0xd0d7de));
                cell.setPaddingTop(2.5f);
                cell.setPaddingBottom(4);
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    private void section(Document document, PdfWriter writer, Entry entry, Font heading, String body) {
        var title = new Paragraph(anchored(entry, heading));
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        title.setKeepTogether(true);
        document.add(title);
        bookmark(writer, entry);
        for (var paragraph : body.split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            var p = new Paragraph(paragraph.strip(), BODY);
            p.setSpacingAfter(6);
            p.setLeading(14);
            document.add(p);
        }
    }

    /** Heading, rule, table and chart as one block that moves to the next page whole when it fits there. */
    private PdfPTable block(ReportTable table, Entry entry, Font heading, ChartPalette palette, PdfWriter writer, float width) {
        var block = new PdfPTable(1);
        block.setTotalWidth(width);
        block.setLockedWidth(true);
        block.setKeepTogether(true);
        block.setSpacingBefore(14);
        block.addCell(plain(new Phrase(anchored(entry, heading))));
        block.addCell(plain(new Phrase(table.rule(), SMALL)));
        var figures = new PdfPCell(PdfFigureTable.of(ReportTableLayout.of(table), width));
        figures.setBorder(Rectangle.NO_BORDER);
        figures.setPadding(0);
        figures.setPaddingTop(4);
        figures.setPaddingBottom(6);
        block.addCell(figures);
        if (table.chart() != ReportTable.ChartKind.NONE && table.rows().stream().anyMatch(r -> !r.total() && r.cells().getFirst().count() > 0)) {
            float height = table.chart() == ReportTable.ChartKind.PIE ? 210 : Math.min(380, 40 + 28 * table.rows().size());
            var template = writer.getDirectContent().createTemplate(width, height);
            // Real text in the embedded face, not outlines: the chart's words can be selected and read aloud.
            var graphics = template.createGraphics(width, height, ReportFonts.CHART_TEXT);
            // Drawn larger and scaled down, so the chart's words are about the size of the table's.
            graphics.scale(CHART_SCALE, CHART_SCALE);
            charts.draw(table, palette, graphics, new Rectangle2D.Double(0, 0, width / CHART_SCALE, height / CHART_SCALE));
            graphics.dispose();
            var image = Image.getInstance(template);
            image.setAlt(charts.textAlternative(table));
            var chart = new PdfPCell(image, false);
            chart.setBorder(Rectangle.NO_BORDER);
            block.addCell(chart);
        }
        return block;
    }

    /** A heading that is the target of its contents line and bookmark, and tells the page events where it landed. */
    private static Chunk anchored(Entry entry, Font font) {
        return new Chunk(entry.title(), font).setLocalDestination(entry.anchor()).setGenericTag(entry.anchor());
    }

    private static void bookmark(PdfWriter writer, Entry entry) {
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(entry.anchor(), false), entry.title());
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

    /** "Side n" and what the report is at the foot of every page but the cover; where each heading landed. */
    private static final class PageEvents extends PdfPageEventHelper {

        private final String footer;
        private final String pageWord;
        private final Map<String, Integer> pages;

        PageEvents(String footer, String pageWord, Map<String, Integer> pages) {
            this.footer = footer;
            this.pageWord = pageWord;
            this.pages = pages;
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String anchor) {
            pages.putIfAbsent(anchor, writer.getPageNumber());
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
