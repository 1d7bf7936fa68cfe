package dk.borgerraadgiver.statistics;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The one typeface of the report drafts and their charts: Liberation Sans (SIL Open Font Licence,
 * from OpenPDF's font package), embedded in the PDF so it looks the same on every machine and its
 * text can be selected and read aloud, and used by the charts too, so what the page and the PDF
 * measure is what they draw.
 */
final class ReportFonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    static final BaseFont PDF_REGULAR = pdf(REGULAR);
    static final BaseFont PDF_BOLD = pdf(BOLD);
    static final BaseFont PDF_ITALIC = pdf(ITALIC);
    static final java.awt.Font CHART = awt(REGULAR).deriveFont(13f);
    static final java.awt.Font CHART_BOLD = awt(BOLD).deriveFont(13f);

    /** Chart text written into the PDF as real, embedded text in the same face. */
    static final FontMapper CHART_TEXT = new FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? PDF_BOLD : PDF_REGULAR;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return (font == PDF_BOLD ? CHART_BOLD : CHART).deriveFont((float) size);
        }
    };

    private ReportFonts() {
    }

    static Font regular(float size) {
        return new Font(PDF_REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(PDF_BOLD, size);
    }

    static Font italic(float size) {
        return new Font(PDF_ITALIC, size);
    }

    private static BaseFont pdf(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes(resource), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awt(String resource) {
        try (InputStream in = stream(resource)) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + resource, e);
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = stream(resource)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String resource) throws IOException {
        var in = ReportFonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Font missing from the class path: " + resource);
        }
        return in;
    }
}
