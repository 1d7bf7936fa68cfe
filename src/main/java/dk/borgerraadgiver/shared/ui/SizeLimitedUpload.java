package dk.borgerraadgiver.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The server's own byte limit on an upload field, whatever the browser was told. The body is copied
 * to an owner-only temporary file and the copy stops at the limit: a larger body (declared or not,
 * raw or multipart) is refused without being held in memory or written beyond the limit. Only a file
 * within the limit reaches the receiver, in the UI's session lock.
 */
public final class SizeLimitedUpload implements UploadHandler {

    /** Gets a file within the limit; it owns the file from then on and deletes it when done. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(String fileName, Path file);
    }

    /** Told, in the UI's session lock, that a body passed the limit and was refused. */
    @FunctionalInterface
    public interface Refusal extends Serializable {
        void tooLarge(String fileName);
    }

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final Receiver receiver;
    private final Refusal refusal;

    public SizeLimitedUpload(long maxBytes, Receiver receiver, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.refusal = refusal;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        var name = event.getFileName() == null ? "" : event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, name);
            return;
        }
        var file = Files.createTempFile("upload-", ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        boolean handedOver = false;
        try {
            if (!copyWithin(event.getInputStream(), file)) {
                refuse(event, ui, name);
                return;
            }
            handedOver = true;
            ui.accessSynchronously(() -> receiver.received(name, file));
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Copies at most the limit; false (and the copy stopped) when the body is longer. */
    private boolean copyWithin(InputStream body, Path file) throws IOException {
        var buffer = new byte[BUFFER];
        long copied = 0;
        try (body; OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = body.read(buffer)) > 0) {
                copied += read;
                if (copied > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    private void refuse(UploadEvent event, UI ui, String name) {
        event.reject("too large");
        ui.access(() -> refusal.tooLarge(name));
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + BUFFER;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
