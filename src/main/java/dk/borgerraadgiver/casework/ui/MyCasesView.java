package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.casework.SignedInCitizenCases;
import dk.borgerraadgiver.security.CitizenIdentity;
import dk.borgerraadgiver.security.CitizenSignInPanel;
import dk.borgerraadgiver.shared.ui.CitizenLayout;

/**
 * "Mine sager": a citizen signed in with MitID sees her own inquiries and complaints in every
 * municipality, with their status, and opens the messages of each without a one-time code. Without
 * MitID the page offers to sign in; nothing here depends on an id in the address.
 */
@Route(value = "mine-sager", layout = CitizenLayout.class)
@AnonymousAllowed
class MyCasesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SignedInCitizenCases cases;

    MyCasesView(SignedInCitizenCases cases) {
        this.cases = cases;
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
        add(new CitizenSignInPanel("/mine-sager"));
        var mine = cases.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("myCases.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("my-cases");
        for (var found : mine) {
            var link = new Anchor(found.messagesPath(), getTranslation("myCases.open", found.reference()));
            list.add(new ListItem(link, new Span(" · " + found.municipalityName() + " · "
                    + CaseTexts.dateTime(found.registeredAt(), getLocale()) + " · "
                    + getTranslation("case.status." + found.status().name()))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myCases.heading") + " – " + getTranslation("layout.serviceName");
    }
}
