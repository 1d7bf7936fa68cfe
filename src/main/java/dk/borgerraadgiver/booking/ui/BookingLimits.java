package dk.borgerraadgiver.booking.ui;

import java.time.Clock;
import java.time.Duration;

import dk.borgerraadgiver.shared.AttemptLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How often one client may try to book or change a booking: by default 10 times in 10 minutes. */
@Component
class BookingLimits {

    private final AttemptLimiter bookingAttempts;

    BookingLimits(@Value("${portal.booking.attempts-per-client:10}") int attempts,
                  @Value("${portal.booking.attempt-window:PT10M}") Duration window, Clock clock) {
        this.bookingAttempts = new AttemptLimiter(attempts, window, clock);
    }

    AttemptLimiter bookingAttempts() {
        return bookingAttempts;
    }
}
