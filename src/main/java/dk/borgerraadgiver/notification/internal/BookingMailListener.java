package dk.borgerraadgiver.notification.internal;

import dk.borgerraadgiver.booking.BookingEvents.BookingCancelled;
import dk.borgerraadgiver.booking.BookingEvents.BookingConfirmed;
import dk.borgerraadgiver.booking.BookingEvents.BookingRescheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the citizen about each booking change, after the change has committed and off the request
 * thread. A failure leaves the event incomplete in the outbox, to be retried.
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

    @ApplicationModuleListener
    void on(BookingConfirmed event) {
        dispatcher.dispatch("booking-confirmed:" + event.bookingId(), "BOOKING_CONFIRMED", event.municipalityId(),
                () -> mails.compose(event.bookingId(), BookingMails.Kind.CONFIRMED));
        reminders.schedule(event.bookingId());
    }

    @ApplicationModuleListener
    void on(BookingRescheduled event) {
        dispatcher.dispatch("booking-rescheduled:" + event.bookingId() + ":" + event.sequence(), "BOOKING_RESCHEDULED",
                event.municipalityId(), () -> mails.compose(event.bookingId(), BookingMails.Kind.RESCHEDULED));
        reminders.schedule(event.bookingId());
    }

    @ApplicationModuleListener
    void on(BookingCancelled event) {
        reminders.cancel(event.bookingId());
        dispatcher.dispatch("booking-cancelled:" + event.bookingId(), "BOOKING_CANCELLED", event.municipalityId(),
                () -> mails.compose(event.bookingId(), BookingMails.Kind.CANCELLED));
    }
}
