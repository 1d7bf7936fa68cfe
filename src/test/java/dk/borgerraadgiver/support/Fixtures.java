package dk.borgerraadgiver.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Files for upload tests, made in code so every byte is known. */
public final class Fixtures {

    private Fixtures() {
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
