package dk.borgerraadgiver.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import dk.borgerraadgiver.inquiry.Uploader;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfWriter;

/** Files for upload tests, made in code so every byte is known. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A client and session no other test uses, so upload quotas start from zero. */
    public static Uploader uploader() {
        var id = UUID.randomUUID().toString();
        return new Uploader("198.51.100." + Math.floorMod(id.hashCode(), 250) + "-" + id, "session-" + id);
    }

    /** A few-kilobyte PDF whose one stream, flate-compressed twice, inflates to {@code inflated} bytes. */
    public static byte[] pdfBomb(long inflated) throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (var twice = new DeflaterOutputStream(new DeflaterOutputStream(compressed, new Deflater(9)), new Deflater(9))) {
            var spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < inflated; written += spaces.length) {
                twice.write(spaces);
            }
        }
        return rawPdf("<< /Filter [/FlateDecode /FlateDecode] /Length "
                + compressed.size() + " >>", compressed.toByteArray());
    }

    /** A PDF whose one object is an array nested a hundred thousand deep. */
    public static byte[] pdfNestedDeeply() {
        var nested = "[".repeat(100_000) + "]".repeat(100_000);
        return rawPdf(nested, null);
    }

    /** A hand-made PDF: catalog, empty page tree, and a third object (with a stream when given). */
    private static byte[] rawPdf(String third, byte[] stream) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj " + third).getBytes(StandardCharsets.ISO_8859_1));
        if (stream != null) {
            out.writeBytes("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(stream);
            out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("\nendobj\ntrailer << /Size 4 /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A one-page PDF that runs a script when opened. */
    public static byte[] pdfWithJavaScript() {
        return pdfWith(writer -> writer.addJavaScript("app.alert('hej');"));
    }

    /** A one-page PDF that starts a program when opened. */
    public static byte[] pdfWithLaunchAction() {
        return pdfWith(writer -> writer.setOpenAction(new PdfAction("cmd.exe", "/c calc", "open", "C:\\")));
    }

    /** A one-page PDF carrying another file inside it. */
    public static byte[] pdfWithEmbeddedFile() {
        return pdfWith(writer -> {
            try {
                writer.addFileAttachment("bilag", "MZ payload".getBytes(StandardCharsets.US_ASCII), null, "bilag.exe");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] pdfWith(Consumer<PdfWriter> extra) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        var writer = PdfWriter.getInstance(document, out);
        document.open();
        extra.accept(writer);
        document.add(new Paragraph("Afgørelse"));
        document.close();
        return out.toByteArray();
    }

    /** A real PNG of the given size (one grey level, so it is small on disk and large in memory). */
    public static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    public static byte[] pdf(String text) {
        return pdf(text, false);
    }

    public static byte[] encryptedPdf() {
        return pdf("secret", true);
    }

    private static byte[] pdf(String text, boolean encrypted) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        var writer = PdfWriter.getInstance(document, out);
        if (encrypted) {
            writer.setEncryption("user".getBytes(StandardCharsets.US_ASCII), "owner".getBytes(StandardCharsets.US_ASCII),
                    PdfWriter.ALLOW_PRINTING, PdfWriter.STANDARD_ENCRYPTION_128);
        }
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    public static byte[] jpeg() throws IOException {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 20);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    public static byte[] png() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A JPEG that tells where it was taken (GPS in its EXIF data). */
    public static byte[] jpegWithGps() throws Exception {
        var outputSet = new TiffOutputSet();
        outputSet.setGpsInDegrees(12.2, 55.3);
        var out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg(), out, outputSet);
        return out.toByteArray();
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable: the MZ header and a PE signature. */
    public static byte[] exe() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    public static byte[] zip() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("inside.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A valid PDF padded past 11 MB. */
    public static byte[] pdfOfElevenMegabytes() {
        var pdf = pdf("big");
        var big = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        return big;
    }

    /** A PNG whose header claims 50,000 × 50,000 pixels (a decompression bomb), with no real image data. */
    public static byte[] pngClaimingFiftyThousandSquare() {
        var header = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
