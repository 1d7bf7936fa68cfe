package dk.borgerraadgiver.booking.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.borgerraadgiver.booking.BookingConfirmation;
import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.ui.DownloadLink;

/**
 * The confirmation after a booking: its number, when and where, what happens next, the meeting as a
 * calendar file, and the private link to move or cancel it.
 */
class BookingConfirmationPanel extends Div {

    BookingConfirmationPanel(String heading, BookingConfirmation confirmation, String when, String where, String email,
                             CalendarFiles calendarFiles) {
        var panel = new Div(new H1(heading), new Paragraph(getTranslation("booking.done.reference")));
        panel.addClassName("confirmation-panel");
        var reference = new Span(confirmation.reference());
        reference.addClassName("reference");
        panel.add(reference);
        add(panel, new Paragraph(when), new Paragraph(where), new H2(getTranslation("booking.done.next")),
                new Paragraph(email.isEmpty() ? getTranslation("booking.done.noMail") : getTranslation("booking.done.mail", email)),
                new Paragraph(getTranslation("booking.done.change")));
        var ics = DownloadLink.of(getTranslation("booking.done.addToCalendar"),
                "borgerraadgiver-" + confirmation.reference() + ".ics", "text/calendar",
                () -> calendarFiles.icsFor(confirmation.bookingId(), confirmation.manageToken()).getBytes(StandardCharsets.UTF_8));
        ics.addClassNames("button-link", "button-link--secondary");
        var manage = new Anchor(PublicLinks.bookingPath(confirmation.manageToken()), getTranslation("booking.done.manage"));
        var links = new Div(ics, manage);
        links.addClassName("entry-points");
        add(links);
    }
}
