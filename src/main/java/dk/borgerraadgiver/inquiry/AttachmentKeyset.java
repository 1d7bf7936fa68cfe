package dk.borgerraadgiver.inquiry;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/** The attachments' encryption key: a Tink streaming-AEAD keyset (AES-256-GCM-HKDF, 1 MB segments). */
public final class AttachmentKeyset {

    private AttachmentKeyset() {
    }

    /** A fresh keyset as JSON, for {@code INQUIRY_KEYSET}; the jar's {@code new-keyset} command prints one. */
    public static String newJson() throws GeneralSecurityException {
        StreamingAeadConfig.register();
        var handle = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
        return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    }
}
