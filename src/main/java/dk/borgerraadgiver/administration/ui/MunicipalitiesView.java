package dk.borgerraadgiver.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/** The municipalities an administrator serves, each with its set-up; and the way to create a new one. */
@Route("backoffice/administration/kommuner")
@Menu(order = 100, title = "menu.adminMunicipalities", icon = "vaadin:building")
@RolesAllowed(StaffRoles.ADMIN)
class MunicipalitiesView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final MunicipalityAdministration administration;

    MunicipalitiesView(MunicipalityAdministration administration) {
        this.administration = administration;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var create = new Button(getTranslation("admin.municipality.new"),
                click -> getUI().ifPresent(ui -> ui.navigate("backoffice/administration/kommune")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("menu.adminMunicipalities")), new Paragraph(getTranslation("admin.municipalities.lead")), create);
        var served = administration.served();
        if (served.isEmpty()) {
            add(new Paragraph(getTranslation("admin.municipalities.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("admin-list");
        for (var municipality : served) {
            var settings = administration.settings(municipality.id());
            var name = new Anchor("backoffice/administration/kommune/" + municipality.id(), municipality.name());
            name.addClassName("admin-list-title");
            var facts = new Span(getTranslation("admin.municipalities.facts", municipality.code(),
                    "/" + municipality.slug(), settings.getContactPhone()));
            var item = new ListItem(name, facts);
            if (settings.isPaused()) {
                var paused = new Span(getTranslation("admin.municipalities.paused"));
                paused.addClassName("badge-warning");
                item.add(paused);
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminMunicipalities") + " – " + getTranslation("backoffice.title");
    }
}
