package dk.borgerraadgiver.notification.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.notices.BookingNotices;
import dk.borgerraadgiver.booking.CalendarInvites;
import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import java.util.ArrayList;

/**
 * The mails about a booking, in the citizen's language. They say when, where and how to change it;
 * never the topic the citizen wrote.
 */
@Component
class BookingMails {

    private final MailLayout layout;
    private final PublicLinks links;
    enum Kind { CONFIRMED, RESCHEDULED, CANCELLED, REMINDER }

    private final BookingNotices bookings;
    private final MunicipalityDirectory municipalities;
    private final CalendarInvites invites;
    private final MessageSource messages;

    BookingMails(BookingNotices bookings, MunicipalityDirectory municipalities, CalendarInvites invites,
                 MessageSource messages, MailLayout layout,
            PublicLinks links) {
        this.layout = layout;
        this.links = links;
        this.bookings = bookings;
        this.municipalities = municipalities;
        this.invites = invites;
        this.messages = messages;
    }

    Optional<OutgoingMail> compose(long bookingId, Kind kind) {
        var found = bookings.details(bookingId);
        if (found.isEmpty() || found.get().citizenEmail() == null) {
            return Optional.empty();
        }
        var booking = found.get();
        var municipality = municipalities.findById(booking.municipalityId()).orElseThrow();
        var locale = booking.language();
        var manageUrl = links.booking(bookings.manageToken(bookingId).orElseThrow());
        var when = when(booking, locale);
        var key = "mail.booking." + kind.name().toLowerCase(Locale.ROOT);

        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.greeting", locale, booking.citizenName()));
        paragraphs.add(text(key + ".intro", locale, booking.meetingName(locale), when));
        if (kind != Kind.CANCELLED) {
            paragraphs.add(where(booking, locale));
        }
        paragraphs.add(text("mail.booking.reference", locale, booking.reference()));
        if (kind != Kind.CANCELLED) {
            paragraphs.add(text("mail.booking.manage", locale, manageUrl));
        } else {
            if (booking.cancelMessage() != null) {
                paragraphs.add(text("mail.visit.message", locale) + "\n" + booking.cancelMessage());
            }
            paragraphs.add(text("mail.booking.bookAgain", locale, links.book(municipality.slug())));
        }
        paragraphs.add(signature(municipality, locale));

        var invite = kind == Kind.REMINDER ? null : invites.inviteFor(booking, municipality.contactEmail(), manageUrl);
        return Optional.of(new OutgoingMail(booking.citizenEmail(), municipality.contactEmail(),
                text("mail.sender", locale, municipality.name()), text(key + ".subject", locale, when),
                MailLayout.text(paragraphs), layout.html(paragraphs), invite));
    }

    private String where(BookingDetails booking, Locale locale) {
        if (booking.kind() == MeetingKind.PHONE) {
            return text("mail.booking.wherePhone", locale);
        }
        if (booking.place() == null) {
            return text("mail.booking.whereAgreed", locale);
        }
        if (booking.place().street() == null) {
            return text("mail.booking.wherePlace", locale, booking.place().name());
        }
        return text("mail.booking.where", locale, booking.place().name(), booking.place().addressLine());
    }

    private String signature(MunicipalityProfile municipality, Locale locale) {
        return text("mail.signature", locale, municipality.name(), municipality.contactPhone(), municipality.contactEmail());
    }

    static String when(BookingDetails booking, Locale locale) {
        var start = booking.slot().localStart();
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start);
        var time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return date + " " + time.format(start) + "–" + time.format(booking.slot().localEnd());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
