package dk.borgerraadgiver.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.borgerraadgiver.notification.internal.MailDeliveryRepository;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mails that have not gone out for over an hour, for the advisor to notice and act on. */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class MailDeliveryReport {

    public static final Duration OVERDUE_AFTER = Duration.ofHours(1);

    /** One undelivered mail: what it was for, not to whom. */
    public record UndeliveredMail(String kind, String reference, long municipalityId, int attempts,
                                  @Nullable String lastError, Instant firstAttempt, Instant lastAttempt) {
    }

    private final MailDeliveryRepository deliveries;
    private final StaffScope scope;
    private final Clock clock;

    MailDeliveryReport(MailDeliveryRepository deliveries, StaffScope scope, Clock clock) {
        this.deliveries = deliveries;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UndeliveredMail> overdue() {
        var served = scope.servedMunicipalityIds();
        if (served.isEmpty()) {
            return List.of();
        }
        return deliveries.findUndeliveredSince(clock.instant().minus(OVERDUE_AFTER), served).stream()
                .map(d -> new UndeliveredMail(d.kind(), d.mailKey(), d.municipalityId(), d.attempts(), d.lastError(),
                        d.firstAttemptAt(), d.lastAttemptAt()))
                .toList();
    }
}
