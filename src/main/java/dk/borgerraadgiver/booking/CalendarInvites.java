package dk.borgerraadgiver.booking;

import java.util.Date;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * RFC 5545 invites for bookings, written by biweekly: one stable UID per booking, SEQUENCE from the
 * booking's change number, times in UTC, METHOD:REQUEST for new and moved meetings, CANCEL for
 * cancelled ones.
 */
@Component
public class CalendarInvites {

    private final MessageSource messages;

    CalendarInvites(MessageSource messages) {
        this.messages = messages;
    }

    /** An iCalendar file and its METHOD (REQUEST or CANCEL). */
    public record Invite(String method, String content) {
    }

    public static String uid(long bookingId) {
        return "booking-" + bookingId + "@borgerraadgiver-portal";
    }

    public Invite inviteFor(BookingDetails booking, String contactEmail, String manageUrl) {
        boolean cancelled = booking.status() == BookingStatus.CANCELLED;
        var locale = booking.language();
        var calendar = new ICalendar();
        calendar.setProductId("-//Borgerraadgiver-portal//DA");
        calendar.setMethod(cancelled ? Method.cancel() : Method.request());

        var event = new VEvent();
        event.setUid(uid(booking.id()));
        event.setSequence(booking.sequence());
        event.setDateStart(Date.from(booking.slot().start()), true);
        event.setDateEnd(Date.from(booking.slot().end()), true);
        event.setSummary(text("mail.invite.summary", locale, booking.meetingName(locale), booking.municipalityName()));
        event.setLocation(booking.place() == null || booking.place().street() == null
                ? text("mail.invite.byPhone", locale) : booking.place().name() + ", " + booking.place().addressLine());
        event.setDescription(text("mail.invite.description", locale, booking.reference(), manageUrl));
        event.setOrganizer(new Organizer(text("mail.sender", locale, booking.municipalityName()), contactEmail));
        if (booking.citizenEmail() != null) {
            event.addAttendee(new Attendee(booking.citizenName(), booking.citizenEmail()));
        }
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        calendar.addEvent(event);
        return new Invite(cancelled ? "CANCEL" : "REQUEST", Biweekly.write(calendar).go());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
