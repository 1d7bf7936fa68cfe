package dk.borgerraadgiver.booking.ui;

import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.CalendarInvites;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The "add to calendar" file for a booking, the same invite the confirmation mail carries. */
@Component
class CalendarFiles {

    private final Bookings bookings;
    private final CalendarInvites invites;
    private final MunicipalityDirectory municipalities;
    private final Environment environment;

    CalendarFiles(Bookings bookings, CalendarInvites invites, MunicipalityDirectory municipalities, Environment environment) {
        this.bookings = bookings;
        this.invites = invites;
        this.municipalities = municipalities;
        this.environment = environment;
    }

    String icsFor(long bookingId, String manageToken) {
        var booking = bookings.findByLink(manageToken).filter(found -> found.id() == bookingId).orElseThrow();
        var municipality = municipalities.findById(booking.municipalityId()).orElseThrow();
        var base = environment.getProperty("portal.public-base-url", "http://localhost:8080").replaceAll("/$", "");
        return invites.inviteFor(booking, municipality.contactEmail(), base + "/booking/" + manageToken).content();
    }
}
