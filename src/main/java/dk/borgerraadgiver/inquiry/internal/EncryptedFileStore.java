package dk.borgerraadgiver.inquiry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import dk.borgerraadgiver.inquiry.AttachmentKeyset;
import dk.borgerraadgiver.inquiry.InquiryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Attachments at rest: streamed through Tink's AES-GCM streaming AEAD (segments of 1 MB, so no file is
 * held whole in memory), under server-generated names, with the name as associated data so a file
 * cannot be swapped for another. A keyset can hold several keys: new files use the primary, old
 * files keep decrypting, so keys can be rotated.
 */
@Component
public class EncryptedFileStore {

    private static final Logger log = LoggerFactory.getLogger(EncryptedFileStore.class);

    private final Path staging;
    private final Path files;
    private final StreamingAead aead;

    EncryptedFileStore(InquiryProperties properties) throws GeneralSecurityException, IOException {
        StreamingAeadConfig.register();
        this.staging = Files.createDirectories(properties.storageDirectory().resolve("staging"));
        this.files = Files.createDirectories(properties.storageDirectory().resolve("files"));
        this.aead = keyset(properties).getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    private static KeysetHandle keyset(InquiryProperties properties) throws GeneralSecurityException, IOException {
        if (!properties.keyset().isBlank()) {
            return TinkJsonProtoKeysetFormat.parseKeyset(properties.keyset(), InsecureSecretKeyAccess.get());
        }
        var file = properties.keysetFile();
        if (Files.exists(file)) {
            ownerOnly(file);
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        }
        var json = AttachmentKeyset.newJson();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file);
        ownerOnly(file);
        Files.writeString(file, json);
        var handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        log.warn("Created a new attachment key in {}: back it up, or set portal.inquiry.keyset", file.toAbsolutePath());
        return handle;
    }

    /** The key file is readable by its owner only (where the file system knows owners). */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Encrypts the content into a new staged file and returns its server-generated name. */
    public String stage(InputStream content) throws IOException {
        var name = UUID.randomUUID().toString();
        try (OutputStream out = aead.newEncryptingStream(Files.newOutputStream(staging.resolve(name)), aad(name))) {
            content.transferTo(out);
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not encrypt", e);
        }
        return name;
    }

    public boolean isStaged(String name) {
        return isServerName(name) && Files.exists(staging.resolve(name));
    }

    /** Moves a staged file to the kept files; the name (and so the associated data) stays. */
    public void keep(String name) throws IOException {
        Files.move(staging.resolve(requireServerName(name)), files.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Undoes {@link #keep}: used when the inquiry's transaction rolls back. */
    public void unkeep(String name) throws IOException {
        var kept = files.resolve(requireServerName(name));
        if (Files.exists(kept)) {
            Files.move(kept, staging.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    public InputStream openKept(String name) throws IOException {
        return open(files.resolve(requireServerName(name)), name);
    }

    public InputStream openStaged(String name) throws IOException {
        return open(staging.resolve(requireServerName(name)), name);
    }

    public void deleteStaged(String name) throws IOException {
        Files.deleteIfExists(staging.resolve(requireServerName(name)));
    }

    /** Seals a small value (a CPR number) with the same keyset; {@code purpose} binds it to its use. */
    public byte[] seal(String value, String purpose) {
        var out = new java.io.ByteArrayOutputStream();
        try (var sealing = aead.newEncryptingStream(out, ("value:" + purpose).getBytes(StandardCharsets.UTF_8))) {
            sealing.write(value.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal", e);
        }
        return out.toByteArray();
    }

    public String unseal(byte[] sealed, String purpose) {
        try (var in = aead.newDecryptingStream(new java.io.ByteArrayInputStream(sealed), ("value:" + purpose).getBytes(StandardCharsets.UTF_8))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not unseal", e);
        }
    }

    /** Removes a kept file for good (retention, erasure on request). */
    public void deleteKept(String name) throws IOException {
        Files.deleteIfExists(files.resolve(requireServerName(name)));
    }

    public Path stagingDirectory() {
        return staging;
    }

    public Path filesDirectory() {
        return files;
    }

    private InputStream open(Path path, String name) throws IOException {
        try {
            return aead.newDecryptingStream(Files.newInputStream(path), aad(name));
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not decrypt", e);
        }
    }

    private static byte[] aad(String name) {
        return ("attachment:" + name).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isServerName(String name) {
        return name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    private static String requireServerName(String name) {
        if (!isServerName(name)) {
            throw new IllegalArgumentException("Not a stored file name");
        }
        return name;
    }
}
