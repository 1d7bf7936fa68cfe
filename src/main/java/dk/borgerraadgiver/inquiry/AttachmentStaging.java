package dk.borgerraadgiver.inquiry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import dk.borgerraadgiver.inquiry.AttachmentRejectedException.Reason;
import dk.borgerraadgiver.inquiry.internal.AttachmentInspector;
import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.shared.AttemptLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes a citizen's upload before the inquiry is sent: checks it on the server (count, size, type by
 * content, PDF and image sanity), then keeps it encrypted until the inquiry is sent or the upload
 * expires. A refused file leaves no trace.
 */
@Service
public class AttachmentStaging {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStaging.class);
    private final AttachmentInspector inspector;
    private final EncryptedFileStore store;
    private final InquiryProperties properties;
    private final AttemptLimiter perClient;
    private final AttemptLimiter perSession;

    AttachmentStaging(AttachmentInspector inspector, EncryptedFileStore store, InquiryProperties properties, Clock clock) {
        this.inspector = inspector;
        this.store = store;
        this.properties = properties;
        this.perClient = new AttemptLimiter(properties.uploadsPerClient(), properties.stagingLifetime(), clock);
        this.perSession = new AttemptLimiter(properties.uploadsPerSession(), properties.stagingLifetime(), clock);
    }

    /**
     * Checks and keeps one upload. Besides the form's own limits ({@code alreadyStaged}), a browser
     * session and a client address may each stage only so many files within the staging lifetime, and
     * all unsent uploads together only so many bytes.
     */
    public StagedFile stage(String originalName, InputStream upload, AttachmentKind kind, List<StagedFile> alreadyStaged,
                            Uploader uploader) {
        if (alreadyStaged.size() >= properties.maxFiles()) {
            throw new AttachmentRejectedException(Reason.TOO_MANY);
        }
        if (!perSession.tryAcquire(uploader.session()) || !perClient.tryAcquire(uploader.client())) {
            log.info("Upload refused: upload quota of a session or client used up");
            throw new AttachmentRejectedException(Reason.QUOTA);
        }
        if (stagedBytes() > properties.maxStagedTotal().toBytes()) {
            log.warn("Upload refused: unsent uploads take up more than {}", properties.maxStagedTotal());
            throw new AttachmentRejectedException(Reason.STAGING_FULL);
        }
        try {
            var inspected = inspector.inspect(originalName, upload);
            long total = alreadyStaged.stream().mapToLong(StagedFile::size).sum() + inspected.content().length;
            if (total > properties.maxTotalSize().toBytes()) {
                throw new AttachmentRejectedException(Reason.TOTAL_TOO_LARGE);
            }
            var id = store.stage(new ByteArrayInputStream(inspected.content()));
            return new StagedFile(id, originalName.strip(), inspected.mediaType(), inspected.content().length,
                    sha256(inspected.content()), kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a staged file for good (a citizen's reply in a case) and returns the name to open it by. */
    public String keep(StagedFile file) {
        try {
            store.keep(file.id());
            return file.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long stagedBytes() {
        try (var files = Files.list(store.stagingDirectory())) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isStaged(StagedFile file) {
        return store.isStaged(file.id());
    }

    public void discard(StagedFile file) {
        try {
            store.deleteStaged(file.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int maxFiles() {
        return properties.maxFiles();
    }

    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
