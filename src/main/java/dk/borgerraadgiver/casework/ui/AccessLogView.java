package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalPasswordField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.AuditRecord;
import dk.borgerraadgiver.casework.CaseAudit;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/** For a citizen who asks who has looked at their data: every staff access, found by their identifier. */
@Route("backoffice/adgangslog")
@Menu(order = 85, title = "menu.accessLog", icon = "vaadin:eye")
@RolesAllowed(StaffRoles.ADMIN)
class AccessLogView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final CaseAudit audit;

    AccessLogView(CaseAudit audit) {
        this.audit = audit;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var identifier = new PortalPasswordField(getTranslation("accessLog.identifier"));
        identifier.setHelperText(getTranslation("accessLog.identifier.help"));
        identifier.setRevealButtonVisible(true);
        var result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        var grid = new Grid<AuditRecord>();
        grid.addColumn(r -> CaseTexts.dateTime(r.at(), getLocale())).setHeader(getTranslation("accessLog.when")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("accessLog.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name())).setHeader(getTranslation("accessLog.what")).setAutoWidth(true);
        grid.addColumn(r -> r.caseReference() == null ? "" : r.caseReference()).setHeader(getTranslation("accessLog.case")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("accessLog.heading"));
        grid.setVisible(false);
        var search = new Button(getTranslation("accessLog.search"), click -> {
            if (identifier.getValue().isBlank()) {
                identifier.setErrorMessage(getTranslation("accessLog.error.empty"));
                identifier.setInvalid(true);
                return;
            }
            identifier.setInvalid(false);
            var records = audit.forCitizen(identifier.getValue());
            result.setText(getTranslation("accessLog.found", records.size()));
            grid.setItems(records);
            grid.setVisible(!records.isEmpty());
        });
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(identifier, search);
        form.addClassName("inline-form");
        add(new H1(getTranslation("accessLog.heading")), new Paragraph(getTranslation("accessLog.lead")), form, result, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessLog.heading") + " – " + getTranslation("backoffice.title");
    }
}
