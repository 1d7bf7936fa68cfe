package dk.borgerraadgiver.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/** The advisor's start page: who is signed in and which municipalities they serve. */
@Route("backoffice")
@Menu(order = 0, title = "menu.overview", icon = "vaadin:home")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class BackOfficeHomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ServedMunicipalities served;
    private final AuthenticationContext authentication;

    BackOfficeHomeView(ServedMunicipalities served, AuthenticationContext authentication) {
        this.served = served;
        this.authentication = authentication;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("backoffice.home.heading")),
                new Paragraph(getTranslation("backoffice.home.signedInAs", authentication.getPrincipalName().orElse(""))),
                new H2(getTranslation("backoffice.home.municipalities")));
        var list = new UnorderedList();
        list.addClassName("link-list");
        for (MunicipalitySummary municipality : served.list()) {
            list.add(new ListItem(new Anchor("/" + MunicipalityNavigation.backOfficePath(municipality), municipality.name())));
        }
        add(list);
        if (served.list().isEmpty()) {
            add(new Paragraph(getTranslation("backoffice.home.noMunicipalities")));
            if (authentication.hasRole(StaffRoles.ADMIN)) {
                add(new Anchor("backoffice/administration/kommuner", getTranslation("backoffice.home.createFirst")));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.home.heading") + " – " + getTranslation("backoffice.title");
    }
}
