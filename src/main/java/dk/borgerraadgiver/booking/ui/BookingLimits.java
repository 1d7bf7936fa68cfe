package dk.borgerraadgiver.booking.ui;

import java.time.Clock;

import dk.borgerraadgiver.booking.BookingProperties;
import dk.borgerraadgiver.shared.AttemptLimiter;
import org.springframework.stereotype.Component;

/** How often one client may try to book or change a booking: by default 10 times in 10 minutes. */
@Component
class BookingLimits {

    private final AttemptLimiter bookingAttempts;

    BookingLimits(BookingProperties properties, Clock clock) {
        this.bookingAttempts = new AttemptLimiter(properties.attemptsPerClient(), properties.attemptWindow(), clock);
    }

    AttemptLimiter bookingAttempts() {
        return bookingAttempts;
    }
}
