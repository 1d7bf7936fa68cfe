package dk.borgerraadgiver.booking.notices;

import java.util.Optional;

import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.DanishHolidays;
import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.booking.internal.BookingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module may read about a booking to write to its citizen: the details and
 * the private link. Called from event listeners, where nobody is signed in.
 */
@Service
@Transactional(readOnly = true)
public class BookingNotices {

    private final BookingRepository bookings;
    private final BookingEngine engine;

    public BookingNotices(BookingRepository bookings, BookingEngine engine) {
        this.bookings = bookings;
        this.engine = engine;
    }

    public Optional<BookingDetails> details(long bookingId) {
        return bookings.findById(bookingId).map(engine::details);
    }

    public Optional<String> manageToken(long bookingId) {
        return bookings.findById(bookingId).map(engine::manageToken);
    }

    public DanishHolidays.Options holidays(long municipalityId) {
        return engine.settings(municipalityId).holidays();
    }
}
