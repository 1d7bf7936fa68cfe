package dk.borgerraadgiver.casework.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.shared.PortalTime;

/** How the back office writes dates, times and a case's status, in one place. */
final class CaseTexts {

    private CaseTexts() {
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d. MMM yyyy", locale).format(date);
    }

    static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", locale).withZone(PortalTime.ZONE).format(instant);
    }

    static Span statusBadge(CaseStatus status, String text) {
        var badge = new Span(text);
        badge.addClassNames("status-badge", "status-badge--" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
