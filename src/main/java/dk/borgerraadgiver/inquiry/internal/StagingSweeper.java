package dk.borgerraadgiver.inquiry.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

import dk.borgerraadgiver.inquiry.InquiryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes uploads that were never sent (an abandoned form, an expired session, a rolled-back inquiry). */
@Component
class StagingSweeper {

    private static final Logger log = LoggerFactory.getLogger(StagingSweeper.class);
    private final EncryptedFileStore store;
    private final InquiryProperties properties;
    private final Clock clock;

    StagingSweeper(EncryptedFileStore store, InquiryProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    int sweep() throws IOException {
        var cutoff = clock.instant().minus(properties.stagingLifetime());
        int deleted = 0;
        try (var files = Files.list(store.stagingDirectory())) {
            for (var file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            log.info("Swept {} unsent upload(s)", deleted);
        }
        return deleted;
    }
}
