package dk.borgerraadgiver.notification.internal;

import dk.borgerraadgiver.booking.BookingEvents.BookingCancelled;
import dk.borgerraadgiver.booking.BookingEvents.BookingConfirmed;
import dk.borgerraadgiver.booking.BookingEvents.BookingRescheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails the citizen about each booking change, after the change has committed and off the request
 * thread. A failure leaves the event incomplete in the outbox, to be retried. The listener holds no
 * transaction of its own: the mail ledger and the reads each take a connection only briefly.
 */
@Component
class BookingMailListener {

    private final MailDispatcher dispatcher;
    private final BookingMails mails;
    private final Reminders reminders;

    BookingMailListener(MailDispatcher dispatcher, BookingMails mails, Reminders reminders) {
        this.dispatcher = dispatcher;
        this.mails = mails;
        this.reminders = reminders;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingConfirmed event) {
        dispatcher.dispatch("booking-confirmed:" + event.bookingId(), "BOOKING_CONFIRMED", event.municipalityId(),
                () -> mails.compose(event.bookingId(), BookingMails.Kind.CONFIRMED));
        reminders.schedule(event.bookingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRescheduled event) {
        dispatcher.dispatch("booking-rescheduled:" + event.bookingId() + ":" + event.sequence(), "BOOKING_RESCHEDULED",
                event.municipalityId(), () -> mails.compose(event.bookingId(), BookingMails.Kind.RESCHEDULED));
        reminders.schedule(event.bookingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingCancelled event) {
        reminders.cancel(event.bookingId());
        dispatcher.dispatch("booking-cancelled:" + event.bookingId(), "BOOKING_CANCELLED", event.municipalityId(),
                () -> mails.compose(event.bookingId(), BookingMails.Kind.CANCELLED));
    }
}
