package dk.borgerraadgiver.booking.ui;

import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.CalendarInvites;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.stereotype.Component;

/** The "add to calendar" file for a booking, the same invite the confirmation mail carries. */
@Component
class CalendarFiles {

    private final Bookings bookings;
    private final CalendarInvites invites;
    private final MunicipalityDirectory municipalities;
    private final PublicLinks links;

    CalendarFiles(Bookings bookings, CalendarInvites invites, MunicipalityDirectory municipalities, PublicLinks links) {
        this.bookings = bookings;
        this.invites = invites;
        this.municipalities = municipalities;
        this.links = links;
    }

    String icsFor(long bookingId, String manageToken) {
        var booking = bookings.findByLink(manageToken).filter(found -> found.id() == bookingId).orElseThrow();
        var municipality = municipalities.findById(booking.municipalityId()).orElseThrow();
        return invites.inviteFor(booking, municipality.contactEmail(), links.booking(manageToken)).content();
    }
}
