package dk.borgerraadgiver.booking.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.booking.DropInRegister;
import dk.borgerraadgiver.booking.DropInRegister.SessionCount;
import dk.borgerraadgiver.booking.MeetingTypeSummary;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/** Registers walk-in visits at the library drop-in, one click per citizen, and shows the use per session. */
@Route("backoffice/aaben-raadgivning")
@Menu(order = 30, title = "menu.dropIn", icon = "vaadin:users")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class DropInView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final DropInRegister register;
    private final Clock clock;
    private final Div counts = new Div();

    DropInView(DropInRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("dropin.heading")), new Paragraph(getTranslation("dropin.intro")));
        var session = new PortalSelect<MeetingTypeSummary>();
        session.setLabel(getTranslation("dropin.session"));
        var types = register.dropInTypes();
        session.setItems(types);
        session.setItemLabelGenerator(type -> type.name(getLocale()) + " – " + type.municipalityName());
        var day = new PortalDatePicker(getTranslation("dropin.day"));
        day.setLocale(getLocale());
        day.setValue(PortalTime.today(clock));
        day.setMax(PortalTime.today(clock));
        var add = new Button(getTranslation("dropin.register"), click -> {
            if (session.getValue() == null || day.getValue() == null) {
                return;
            }
            register.registerVisit(session.getValue().id(), day.getValue());
            Notification.show(getTranslation("dropin.registered")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showCounts(session.getValue());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        session.addValueChangeListener(change -> showCounts(change.getValue()));
        var form = new Div(session, day, add);
        form.addClassName("assisted-form");
        add(form, counts);
        if (!types.isEmpty()) {
            session.setValue(types.getFirst());
        }
    }

    private void showCounts(MeetingTypeSummary type) {
        counts.removeAll();
        if (type == null) {
            return;
        }
        var today = PortalTime.today(clock);
        var rows = register.countsPerDay(type.id(), today.minusWeeks(12), today);
        counts.add(new H2(getTranslation("dropin.counts")));
        if (rows.isEmpty()) {
            counts.add(new Paragraph(getTranslation("dropin.none")));
            return;
        }
        var grid = new Grid<SessionCount>();
        grid.setItems(rows);
        var format = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", getLocale());
        grid.addColumn(row -> format.format(row.day())).setHeader(getTranslation("dropin.day"));
        grid.addColumn(SessionCount::visits).setHeader(getTranslation("dropin.visits"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("dropin.counts"));
        counts.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dropin.heading") + " – " + getTranslation("backoffice.title");
    }
}
