package dk.borgerraadgiver.statistics;

import java.awt.Color;
import java.util.Arrays;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A report table's figures as a PDF table: figure columns as wide as their widest word or number, the
 * label column the rest; when that leaves the labels too little room, the type gets smaller (never
 * below {@value #SMALLEST} pt) rather than a word breaking. Headers repeat on a new page.
 */
final class PdfFigureTable {

    private static final float SIZE = 9;
    private static final float SMALLEST = 6.5f;
    private static final float PADDING = 3;

    private PdfFigureTable() {
    }

    static PdfPTable of(ReportTableLayout layout, float width) {
        float size = SIZE;
        float[] widths;
        do {
            widths = widths(layout, size, width);
            if (widths[0] >= width * 0.3f || size <= SMALLEST) {
                break;
            }
            size -= 0.5f;
        } while (true);
        var plainFont = ReportFonts.regular(size);
        var boldFont = ReportFonts.bold(size);
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

    private static float[] widths(ReportTableLayout layout, float size, float width) {
        var bold = ReportFonts.PDF_BOLD;
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
        if (widths[0] > width * 0.45f && !layout.columns().isEmpty()) {
            float extra = (widths[0] - width * 0.45f) / layout.columns().size();
            widths[0] = width * 0.45f;
            for (int c = 1; c < widths.length; c++) {
                widths[c] += extra;
            }
        }
        return widths;
    }

    private static float longestWord(String text, BaseFont font, float size) {
        return (float) Arrays.stream(text.split("[\\s/]+")).mapToDouble(word -> font.getWidthPoint(word, size)).max().orElse(0);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(PADDING);
        cell.setBorderColor(new Color(0x9aa5b1));
        return cell;
    }
}
