package dk.borgerraadgiver.inquiry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dk.borgerraadgiver.inquiry.AttachmentRejectedException;
import dk.borgerraadgiver.inquiry.AttachmentRejectedException.Reason;
import dk.borgerraadgiver.inquiry.InquiryProperties;
import org.apache.tika.Tika;
import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides on the server whether an upload may be kept: its type from its content (never its name),
 * a PDF that passes the bounded structure scan, parses, is not encrypted and carries no scripts,
 * launch actions or embedded files, or a JPEG/PNG within the pixel limit, which is re-encoded so that
 * no metadata (GPS position, camera, author) survives.
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

    /** Checks that run at once; each holds at most one file and one decoded image. */
    private static final int CHECK_SLOTS = 2;
    private static final Duration SLOT_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(AttachmentInspector.class);

    private final Tika tika = new Tika();
    private final Semaphore slots = new Semaphore(CHECK_SLOTS, true);
    private final InquiryProperties properties;
    private final ImageCheck images;

    AttachmentInspector(InquiryProperties properties) {
        this.properties = properties;
        this.images = new ImageCheck(properties.maxImagePixels(), properties.maxDecodedPixels());
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
        if (!type.equals("application/pdf") && !type.equals("image/jpeg") && !type.equals("image/png")) {
            throw new AttachmentRejectedException(reasonFor(type));
        }
        return inTurn(() -> switch (type) {
            case "application/pdf" -> new Inspected(checkedPdf(bytes), type);
            case "image/jpeg" -> new Inspected(images.reencoded(bytes, "jpeg"), type);
            default -> new Inspected(images.reencoded(bytes, "png"), type);
        });
    }

    /**
     * Runs a check when one of the few check slots is free, so that many uploads at once queue
     * instead of sharing the heap; a check that still runs out of memory is reported as "try again",
     * never as a damaged file.
     */
    private Inspected inTurn(Supplier<Inspected> check) {
        try {
            if (!slots.tryAcquire(SLOT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AttachmentRejectedException(Reason.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttachmentRejectedException(Reason.BUSY);
        }
        try {
            return check.get();
        } catch (OutOfMemoryError e) {
            log.warn("An attachment check ran out of memory; the citizen was asked to try again");
            throw new AttachmentRejectedException(Reason.BUSY);
        } finally {
            slots.release();
        }
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
            PdfStructureScan.check(bytes);
            var reader = new PdfReader(bytes);
            try {
                if (reader.isEncrypted()) {
                    throw new AttachmentRejectedException(Reason.ENCRYPTED_PDF);
                }
                if (reader.getNumberOfPages() < 1) {
                    throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
                }
                if (PdfActiveContent.find(reader) != null) {
                    throw new AttachmentRejectedException(Reason.ACTIVE_PDF);
                }
            } finally {
                reader.close();
            }
        } catch (PdfStructureScan.Refused | StackOverflowError e) {
            // a decompression bomb, an absurd object count, or nesting deeper than any real document
            throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
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
}
