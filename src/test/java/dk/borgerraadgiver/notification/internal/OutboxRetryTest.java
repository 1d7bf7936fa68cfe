package dk.borgerraadgiver.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import dk.borgerraadgiver.notification.NotificationProperties;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRetryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final OutboxRetry retry = new OutboxRetry(null,
            new NotificationProperties("x@y.dk", LocalTime.of(16, 0), Duration.ofMinutes(1), Duration.ofMinutes(30), ""),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** A publication as the registry hands it over; only the fields the retry looks at matter. */
    private record Publication(Instant publicationDate, Instant lastResubmissionDate, int completionAttempts,
                               Status status) implements EventPublication {
        @Override
        public UUID getIdentifier() {
            return UUID.randomUUID();
        }

        @Override
        public Object getEvent() {
            return "event";
        }

        @Override
        public Instant getPublicationDate() {
            return publicationDate;
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        @Override
        public Status getStatus() {
            return status;
        }

        @Override
        public Instant getLastResubmissionDate() {
            return lastResubmissionDate;
        }

        @Override
        public int getCompletionAttempts() {
            return completionAttempts;
        }
    }

    @Test
    void the_wait_doubles_with_each_attempt_up_to_the_maximum() {
        assertThat(retry.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retry.backoff(20)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_failed_mail_is_tried_again_once_its_wait_is_over() {
        var failedThreeMinutesAgo = new Publication(NOW.minus(Duration.ofMinutes(3)), null, 2, EventPublication.Status.FAILED);
        var failedJustNow = new Publication(NOW.minus(Duration.ofSeconds(30)), null, 2, EventPublication.Status.FAILED);

        assertThat(retry.isDue(failedThreeMinutesAgo, NOW)).isTrue();
        assertThat(retry.isDue(failedJustNow, NOW)).isFalse();
    }

    @Test
    void a_listener_still_at_work_is_left_alone_until_it_looks_stuck() {
        var working = new Publication(NOW.minus(Duration.ofMinutes(2)), null, 1, EventPublication.Status.PROCESSING);
        var stuck = new Publication(NOW.minus(Duration.ofMinutes(11)), null, 1, EventPublication.Status.PROCESSING);

        assertThat(retry.isDue(working, NOW)).isFalse();
        assertThat(retry.isDue(stuck, NOW)).isTrue();
    }
}
