package dk.borgerraadgiver.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.shared.ui.CitizenLayout;

/** The portal's front door: lists the municipalities, or goes straight to the only one. */
@Route(value = "", layout = CitizenLayout.class)
@AnonymousAllowed
class MunicipalityChooserView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final MunicipalityDirectory directory;

    MunicipalityChooserView(MunicipalityDirectory directory) {
        this.directory = directory;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var municipalities = directory.all();
        if (municipalities.size() == 1) {
            event.forwardTo(MunicipalityNavigation.landingPath(municipalities.getFirst()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("chooser.heading")), new Paragraph(getTranslation("chooser.intro")));
        var list = new UnorderedList();
        list.addClassName("link-list");
        for (MunicipalitySummary municipality : directory.all()) {
            list.add(new ListItem(new Anchor("/" + MunicipalityNavigation.landingPath(municipality), municipality.name())));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.serviceName");
    }
}
