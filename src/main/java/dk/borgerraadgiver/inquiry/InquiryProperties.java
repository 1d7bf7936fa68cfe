package dk.borgerraadgiver.inquiry;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments live and the limits on them.
 *
 * @param storageDirectory outside any served path; files are encrypted there
 * @param keyset           the Tink keyset (JSON) that encrypts files; empty: read or create {@code keysetFile}
 * @param maxImagePixels   images with more pixels are refused before they are decoded
 * @param maxDecodedPixels larger images (up to the limit) are decoded subsampled to at most this many
 * @param stagingLifetime  uploads not sent within this time are deleted
 * @param uploadsPerClient files one client address may upload within the staging lifetime
 * @param uploadsPerSession files one browser session may upload within the staging lifetime
 * @param maxStagedTotal   unsent uploads of all citizens together; beyond it uploads wait for the sweeper
 */
@ConfigurationProperties("portal.inquiry")
public record InquiryProperties(
        @DefaultValue("data/attachments") Path storageDirectory,
        @DefaultValue("") String keyset,
        @DefaultValue("data/keys/attachments-keyset.json") Path keysetFile,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("25MB") DataSize maxTotalSize,
        @DefaultValue("5") int maxFiles,
        @DefaultValue("60000000") long maxImagePixels,
        @DefaultValue("16000000") long maxDecodedPixels,
        @DefaultValue("PT6H") Duration stagingLifetime,
        @DefaultValue("40") int uploadsPerClient,
        @DefaultValue("20") int uploadsPerSession,
        @DefaultValue("2GB") DataSize maxStagedTotal,
        @DefaultValue("5") int submissionsPerClientPerHour) {
}
