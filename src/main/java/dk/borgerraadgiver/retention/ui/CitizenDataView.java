package dk.borgerraadgiver.retention.ui;

import dk.borgerraadgiver.shared.ui.PortalPasswordField;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.booking.CitizenMeetings.MeetingRecord;
import dk.borgerraadgiver.casework.CaseErasure.CitizenCaseRecord;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.retention.CitizenRecords;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * A citizen asks what the advisor holds about them, or asks for it to be erased: the advisor finds
 * it by CPR number, e-mail, phone or name, downloads the access report (PDF and files in one ZIP), or
 * erases it after a confirmation that says what goes and what stays. The identifier stays on the
 * server: it is never put in the address.
 */
@Route("backoffice/borgerens-data")
@Menu(order = 86, title = "menu.citizenData", icon = "vaadin:user-card")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class CitizenDataView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final CitizenRecords records;
    private final Div results = new Div();
    private String identifier = "";

    CitizenDataView(CitizenRecords records) {
        this.records = records;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var field = new PortalPasswordField(getTranslation("citizenData.identifier"));
        field.setHelperText(getTranslation("citizenData.identifier.help"));
        field.setRevealButtonVisible(true);
        var search = new Button(getTranslation("citizenData.search"), click -> {
            if (field.getValue().strip().length() < 3) {
                field.setErrorMessage(getTranslation("citizenData.error.empty"));
                field.setInvalid(true);
                return;
            }
            field.setInvalid(false);
            identifier = field.getValue();
            show(records.find(identifier));
        });
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var form = new Div(field, search);
        form.addClassName("inline-form");
        results.getElement().setAttribute("role", "region");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("citizenData.heading")), new Paragraph(getTranslation("citizenData.lead")), form, results);
    }

    private void show(CitizenRecords.Findings findings) {
        results.removeAll();
        var status = new Paragraph(getTranslation("citizenData.found", findings.cases().size(), findings.meetings().size()));
        status.getElement().setAttribute("role", "status");
        results.add(status);
        if (findings.isEmpty()) {
            return;
        }
        results.add(new H2(getTranslation("citizenData.cases")), findings.cases().isEmpty()
                ? new Paragraph(getTranslation("citizenData.none")) : casesGrid(findings));
        results.add(new H2(getTranslation("citizenData.meetings")), findings.meetings().isEmpty()
                ? new Paragraph(getTranslation("citizenData.none")) : meetingsGrid(findings));
        if (!findings.identifiesOnePerson()) {
            results.add(new Paragraph(getTranslation("citizenData.nameOnly")));
            return;
        }
        var searched = identifier;
        var report = DownloadLink.of(getTranslation("citizenData.report"), "indsigt.zip", "application/zip",
                () -> records.accessReport(searched, getLocale()));
        var erase = new Button(getTranslation("citizenData.erase"), click -> confirmErasure(findings));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var hold = findings.casesOnHold();
        if (!hold.isEmpty()) {
            erase.setEnabled(false);
            results.add(new Paragraph(getTranslation("citizenData.onHold", String.join(", ", hold.stream().map(CitizenCaseRecord::reference).toList()))));
        }
        var actions = new Div(report, erase);
        actions.addClassName("inline-form");
        results.add(actions);
    }

    private Grid<CitizenCaseRecord> casesGrid(CitizenRecords.Findings findings) {
        var day = DateTimeFormatter.ofPattern("d. MMM yyyy", getLocale()).withZone(PortalTime.ZONE);
        var grid = new Grid<CitizenCaseRecord>();
        grid.addColumn(CitizenCaseRecord::reference).setHeader(getTranslation("citizenData.reference")).setAutoWidth(true);
        grid.addColumn(c -> day.format(c.registeredAt())).setHeader(getTranslation("citizenData.registered")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("case.status." + c.status().name())).setHeader(getTranslation("citizenData.status")).setAutoWidth(true);
        grid.addColumn(c -> c.erased() ? getTranslation("citizenData.erased") : c.citizenName()).setHeader(getTranslation("citizenData.name")).setAutoWidth(true);
        grid.addColumn(c -> c.legalHoldReason() == null ? "" : getTranslation("citizenData.held", c.legalHoldReason()))
                .setHeader(getTranslation("citizenData.hold")).setAutoWidth(true);
        grid.setItems(findings.cases());
        style(grid, "citizenData.cases");
        return grid;
    }

    private Grid<MeetingRecord> meetingsGrid(CitizenRecords.Findings findings) {
        var when = DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", getLocale()).withZone(PortalTime.ZONE);
        var grid = new Grid<MeetingRecord>();
        grid.addColumn(MeetingRecord::reference).setHeader(getTranslation("citizenData.reference")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.visitRequest() ? "citizenData.visitRequest" : "citizenData.booking") + " · " + m.meetingName())
                .setHeader(getTranslation("citizenData.what")).setAutoWidth(true);
        grid.addColumn(m -> when.format(m.at())).setHeader(getTranslation("citizenData.time")).setAutoWidth(true);
        grid.addColumn(m -> m.erased() ? getTranslation("citizenData.erased") : m.citizenName()).setHeader(getTranslation("citizenData.name")).setAutoWidth(true);
        grid.setItems(findings.meetings());
        style(grid, "citizenData.meetings");
        return grid;
    }

    private void style(Grid<?> grid, String labelKey) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(labelKey));
    }

    private void confirmErasure(CitizenRecords.Findings findings) {
        var searched = identifier;
        var dialog = new ConfirmDialog(getTranslation("citizenData.confirm.title"),
                getTranslation("citizenData.confirm.text", findings.cases().size(), findings.meetings().size()),
                getTranslation("citizenData.confirm.ok"), confirmed -> {
                    try {
                        var erasure = records.erase(searched);
                        Notification.show(getTranslation("citizenData.done", erasure.cases(), erasure.bookings() + erasure.visitRequests()));
                        show(records.find(searched));
                    } catch (CaseRefusedException e) {
                        Notification.show(getTranslation("case.refused." + e.reason()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("citizenData.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenData.heading") + " – " + getTranslation("backoffice.title");
    }
}
