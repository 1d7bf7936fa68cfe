package dk.borgerraadgiver.inquiry;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads that were never sent are removed once they are older than the staging lifetime. */
@PortalIntegrationTest
class StagingSweeperIntegrationTest {

    @Autowired
    AttachmentStaging staging;
    @Autowired
    EncryptedFileStore store;
    @Autowired
    List<ScheduledTaskHolder> scheduled;

    @Test
    void an_abandoned_upload_is_swept_after_its_lifetime_and_a_fresh_one_is_kept() {
        var abandoned = staging.stage("glemt.pdf", new ByteArrayInputStream(Fixtures.pdf("glemt")), AttachmentKind.EVIDENCE, List.of(), Fixtures.uploader());
        var sweep = scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(task -> task.getTask().toString().contains("StagingSweeper"))
                .findFirst().orElseThrow().getTask().getRunnable();

        sweep.run();
        assertThat(store.isStaged(abandoned.id())).as("fresh upload kept").isTrue();

        MutableClock.get().setTo(Instant.now().plus(Duration.ofHours(7)));
        try {
            sweep.run();
        } finally {
            MutableClock.get().reset();
        }
        assertThat(store.isStaged(abandoned.id())).as("abandoned upload swept").isFalse();
    }
}
