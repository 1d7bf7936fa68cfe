package dk.borgerraadgiver.inquiry.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import javax.imageio.ImageIO;

import dk.borgerraadgiver.inquiry.AttachmentRejectedException;
import dk.borgerraadgiver.inquiry.AttachmentRejectedException.Reason;
import dk.borgerraadgiver.inquiry.InquiryProperties;
import org.apache.tika.Tika;
import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.stereotype.Component;

/**
 * Decides on the server whether an upload may be kept: its type from its content (never its name),
 * a PDF that parses and is not encrypted, or a JPEG/PNG within the pixel limit, which is re-encoded
 * so that no metadata (GPS position, camera, author) survives.
 */
@Component
public class AttachmentInspector {

    /** An accepted file: its (possibly re-encoded) bytes and media type. */
    public record Inspected(byte[] content, String mediaType) {
    }

    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-rar-compressed",
            "application/x-7z-compressed", "application/gzip", "application/x-gzip", "application/x-tar",
            "application/x-bzip2", "application/vnd.rar", "application/java-archive");
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-mach-o-executable", "application/x-sh",
            "application/x-msi", "application/x-bat", "application/java-vm");
    private static final Set<String> WEB = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "application/javascript", "text/javascript", "application/xml", "text/xml");

    private final Tika tika = new Tika();
    private final InquiryProperties properties;

    AttachmentInspector(InquiryProperties properties) {
        this.properties = properties;
    }

    /** Reads at most the size limit, then decides; throws with the reason the citizen is told. */
    public Inspected inspect(String originalName, InputStream upload) throws IOException {
        requireSafeName(originalName);
        long limit = properties.maxFileSize().toBytes();
        var bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length == 0) {
            throw new AttachmentRejectedException(Reason.EMPTY);
        }
        if (bytes.length > limit) {
            throw new AttachmentRejectedException(Reason.TOO_LARGE);
        }
        var type = baseType(tika.detect(bytes));
        return switch (type) {
            case "application/pdf" -> new Inspected(checkedPdf(bytes), type);
            case "image/jpeg" -> new Inspected(reencoded(bytes, "jpeg"), type);
            case "image/png" -> new Inspected(reencoded(bytes, "png"), type);
            default -> throw new AttachmentRejectedException(reasonFor(type));
        };
    }

    static void requireSafeName(String name) {
        if (name.isBlank() || name.length() > 200 || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.chars().anyMatch(c -> c < 32)) {
            throw new AttachmentRejectedException(Reason.BAD_NAME);
        }
    }

    private static String baseType(String detected) {
        int parameters = detected.indexOf(';');
        return (parameters < 0 ? detected : detected.substring(0, parameters)).strip().toLowerCase();
    }

    private static Reason reasonFor(String type) {
        if (ARCHIVES.contains(type)) {
            return Reason.ARCHIVE;
        }
        if (EXECUTABLES.contains(type)) {
            return Reason.EXECUTABLE;
        }
        if (WEB.contains(type)) {
            return Reason.WEB_PAGE;
        }
        if (type.startsWith("application/x-tika-") || type.startsWith("application/vnd.openxmlformats")
                || type.startsWith("application/vnd.ms-") || type.equals("application/msword")) {
            return Reason.OFFICE_DOCUMENT;
        }
        return Reason.UNSUPPORTED_TYPE;
    }

    private static byte[] checkedPdf(byte[] bytes) {
        try {
            var reader = new PdfReader(bytes);
            try {
                if (reader.isEncrypted()) {
                    throw new AttachmentRejectedException(Reason.ENCRYPTED_PDF);
                }
                if (reader.getNumberOfPages() < 1) {
                    throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
                }
            } finally {
                reader.close();
            }
        } catch (BadPasswordException e) {
            throw new AttachmentRejectedException(Reason.ENCRYPTED_PDF);
        } catch (LinkageError e) {
            // a PDF library without its optional crypto part cannot open an encrypted file
            throw new AttachmentRejectedException(Reason.ENCRYPTED_PDF);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRejectedException rejected) {
                throw rejected;
            }
            throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
        }
        return bytes;
    }

    private byte[] reencoded(byte[] bytes, String format) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.maxImagePixels()) {
                    throw new AttachmentRejectedException(Reason.IMAGE_TOO_LARGE);
                }
                BufferedImage image = reader.read(0);
                if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
                    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.getGraphics().drawImage(image, 0, 0, null);
                    image = rgb;
                }
                var out = new ByteArrayOutputStream(bytes.length);
                if (!ImageIO.write(image, format, out)) {
                    throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRejectedException rejected) {
                throw rejected;
            }
            throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
        }
    }
}
