package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.booking.CitizenBookings;
import dk.borgerraadgiver.casework.SignedInCitizenCases;
import dk.borgerraadgiver.security.CitizenIdentity;
import dk.borgerraadgiver.security.CitizenSignInPanel;
import dk.borgerraadgiver.shared.ui.CitizenLayout;

/**
 * "Mine sager": a citizen signed in with MitID sees her own inquiries and complaints in every
 * municipality, with their status, and opens the messages of each without a one-time code; and the
 * meetings she booked signed in, each linked to where she moves or cancels it. Without
 * MitID the page offers to sign in; nothing here depends on an id in the address.
 */
@Route(value = "mine-sager", layout = CitizenLayout.class)
@AnonymousAllowed
class MyCasesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SignedInCitizenCases cases;
    private final CitizenBookings bookings;

    MyCasesView(SignedInCitizenCases cases, CitizenBookings bookings) {
        this.cases = cases;
        this.bookings = bookings;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("myCases.heading")));
        if (CitizenIdentity.current().isEmpty()) {
            add(new Paragraph(getTranslation("myCases.signInFirst")), new CitizenSignInPanel("/mine-sager"));
            return;
        }
        add(new CitizenSignInPanel("/mine-sager"), new H2(getTranslation("myCases.cases")));
        var mine = cases.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("myCases.none")));
        } else {
            add(caseList(mine));
        }
        add(new H2(getTranslation("myCases.meetings")));
        var meetings = bookings.mine(getLocale());
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("myCases.noMeetings")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("my-cases");
        for (var meeting : meetings) {
            list.add(new ListItem(new Anchor(meeting.managePath(), getTranslation("myCases.meeting", meeting.meetingName(),
                    CaseTexts.dateTime(meeting.startsAt(), getLocale()))),
                    new Span(" · " + getTranslation("manage.status." + meeting.status().name()))));
        }
        add(list);
    }

    private UnorderedList caseList(java.util.List<SignedInCitizenCases.MyCase> mine) {
        var list = new UnorderedList();
        list.addClassName("my-cases");
        for (var found : mine) {
            var link = new Anchor(found.messagesPath(), getTranslation("myCases.open", found.reference()));
            list.add(new ListItem(link, new Span(" · " + found.municipalityName() + " · "
                    + CaseTexts.dateTime(found.registeredAt(), getLocale()) + " · "
                    + getTranslation("case.status." + found.status().name()))));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myCases.heading") + " – " + getTranslation("layout.serviceName");
    }
}
