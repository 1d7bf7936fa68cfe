package dk.borgerraadgiver.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dk.borgerraadgiver.notification.NotificationProperties;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries incomplete events again (a mail that could not be sent, say), waiting longer after each
 * attempt: the retry interval, doubled per attempt, at most the maximum interval.
 */
@Component
class OutboxRetry {

    private static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    private final IncompleteEventPublications incomplete;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxRetry(IncompleteEventPublications incomplete, NotificationProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.notification.retry-poll:PT15S}",
            initialDelayString = "${portal.notification.retry-poll:PT15S}")
    void resubmitDue() {
        var now = clock.instant();
        incomplete.resubmitIncompletePublications(publication -> isDue(publication, now));
    }

    boolean isDue(EventPublication publication, Instant now) {
        var last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        // A listener still at work (a slow SMTP server) is left alone; one stuck for long is taken up again.
        if (publication.getStatus() == EventPublication.Status.PROCESSING && last.isAfter(now.minus(STUCK_AFTER))) {
            return false;
        }
        return !last.plus(backoff(publication.getCompletionAttempts())).isAfter(now);
    }

    Duration backoff(int attempts) {
        var wait = properties.retryInterval();
        for (int i = 1; i < attempts && wait.compareTo(properties.maxRetryInterval()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetryInterval()) > 0 ? properties.maxRetryInterval() : wait;
    }
}
