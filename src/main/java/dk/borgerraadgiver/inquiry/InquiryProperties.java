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
 * @param stagingLifetime  uploads not sent within this time are deleted
 */
@ConfigurationProperties("portal.inquiry")
public record InquiryProperties(
        @DefaultValue("data/attachments") Path storageDirectory,
        @DefaultValue("") String keyset,
        @DefaultValue("data/keys/attachments-keyset.json") Path keysetFile,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("25MB") DataSize maxTotalSize,
        @DefaultValue("5") int maxFiles,
        @DefaultValue("40000000") long maxImagePixels,
        @DefaultValue("PT6H") Duration stagingLifetime,
        @DefaultValue("5") int submissionsPerClientPerHour) {
}
