package dk.borgerraadgiver.administration.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/** The log of administrative changes per municipality: who changed what, from what to what, and when. */
@Route("backoffice/administration/log")
@Menu(order = 104, title = "menu.adminLog", icon = "vaadin:list")
@RolesAllowed(StaffRoles.ADMIN)
class AdministrationLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AdministrativeChanges changes;
    private final MunicipalityAdministration municipalities;
    private final Div content = new Div();

    AdministrationLogView(AdministrativeChanges changes, MunicipalityAdministration municipalities) {
        this.changes = changes;
        this.municipalities = municipalities;
        addClassName("backoffice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var picker = new MunicipalityPicker(municipalities.served(), id -> show(changes.forMunicipality(id)));
        add(new H1(getTranslation("menu.adminLog")), new Paragraph(getTranslation("admin.log.lead")), picker, content);
        picker.chooseFrom(event);
        if (municipalities.served().isEmpty()) {
            show(changes.installationWide());
        }
    }

    private void show(List<AdministrativeChanges.Entry> entries) {
        content.removeAll();
        var when = DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", getLocale()).withZone(ZoneId.of("Europe/Copenhagen"));
        var list = new UnorderedList();
        list.addClassName("admin-list");
        for (var entry : entries) {
            var head = new Span(when.format(entry.at()) + " · " + entry.actor() + " · "
                    + getTranslation("admin.log.subject." + entry.subject()) + " " + entry.subjectName());
            head.addClassName("admin-list-title");
            list.add(new ListItem(head, new Paragraph(entry.changes())));
        }
        if (entries.isEmpty()) {
            list.add(new ListItem(getTranslation("admin.log.none")));
        }
        content.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminLog") + " – " + getTranslation("backoffice.title");
    }
}
