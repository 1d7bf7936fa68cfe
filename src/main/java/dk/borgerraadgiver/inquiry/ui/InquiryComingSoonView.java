package dk.borgerraadgiver.inquiry.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ComingSoonPage;
import dk.borgerraadgiver.shared.ui.MunicipalityBrandingSource;

/** "Send en henvendelse" until the guided form lands: tells the citizen how to reach the advisor safely today. */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER + "/henvendelse", layout = CitizenLayout.class)
@AnonymousAllowed
class InquiryComingSoonView extends ComingSoonPage {

    InquiryComingSoonView(MunicipalityBrandingSource brandingSource) {
        super(brandingSource, "comingSoon.inquiry");
    }
}
