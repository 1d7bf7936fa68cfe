package dk.borgerraadgiver.booking.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ComingSoonPage;
import dk.borgerraadgiver.shared.ui.MunicipalityBrandingSource;

/** "Book et møde" until online booking lands: tells the citizen how to book today. */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER + "/book", layout = CitizenLayout.class)
@AnonymousAllowed
class BookingComingSoonView extends ComingSoonPage {

    BookingComingSoonView(MunicipalityBrandingSource brandingSource) {
        super(brandingSource, "comingSoon.booking");
    }
}
