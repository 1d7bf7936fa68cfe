package dk.borgerraadgiver.booking.ui;

import java.time.Clock;

import dk.borgerraadgiver.booking.BookingProperties;
import dk.borgerraadgiver.shared.AttemptLimiter;
import dk.borgerraadgiver.shared.SecurityEvents;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import org.springframework.stereotype.Component;

/** How often one client may try to book or change a booking: by default 10 times in 10 minutes. */
@Component
class BookingLimits {

    private final AttemptLimiter bookingAttempts;

    BookingLimits(BookingProperties properties, Clock clock) {
        this.bookingAttempts = new AttemptLimiter(properties.attemptsPerClient(), properties.attemptWindow(), clock);
    }

    /**
     * Records a booking attempt from the current client. Over the limit the attempt is logged and the
     * error summary says, pointing at {@code source}, how many minutes to wait.
     */
    boolean allowed(ErrorSummary errors, com.vaadin.flow.component.Component source) {
        var client = ClientAddress.current();
        if (bookingAttempts.tryAcquire(client)) {
            return true;
        }
        SecurityEvents.record("ratelimit.booking", client);
        errors.add(source.getTranslation("booking.error.RATE_LIMITED", bookingAttempts.minutesToWait(client)), source);
        errors.show();
        return false;
    }
}
