package dk.borgerraadgiver.booking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.organisation.MeetingPlace;
import org.jspecify.annotations.Nullable;

/** How the booking pages say when and where a meeting is, in the page's language. */
final class BookingTexts {

    private BookingTexts() {
    }

    /** "tirsdag 1. december 2026": screen readers hear the whole date. */
    static String fullDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", locale).format(date);
    }

    static String when(Component page, Locale locale, TimeSlot slot) {
        var clock = DateTimeFormatter.ofPattern("HH:mm", locale);
        return page.getTranslation("booking.time.item", fullDate(slot.day(), locale),
                clock.format(slot.localStart()), clock.format(slot.localEnd()));
    }

    static String where(Component page, MeetingKind kind, @Nullable MeetingPlace place) {
        if (kind == MeetingKind.PHONE) {
            return page.getTranslation("booking.where.phone");
        }
        return place == null ? "" : place.name() + ", " + place.addressLine();
    }
}
