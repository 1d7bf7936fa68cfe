package dk.borgerraadgiver.administration.ui;

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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.RetentionPolicies;
import dk.borgerraadgiver.organisation.RetentionPolicy;
import dk.borgerraadgiver.retention.RetentionProperties;
import dk.borgerraadgiver.retention.RetentionRuns;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * How long a municipality keeps personal data, what the next nightly run will erase (counts per kind
 * and municipality, before it happens), and the runs so far.
 */
@Route("backoffice/administration/sletning")
@Menu(order = 105, title = "menu.adminRetention", icon = "vaadin:trash")
@RolesAllowed(StaffRoles.ADMIN)
class RetentionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RetentionPolicies policies;
    private final RetentionRuns runs;
    private final RetentionProperties properties;
    private final MunicipalityAdministration municipalities;
    private final Div rules = new Div();
    private final Grid<RetentionRuns.Due> preview = new Grid<>();
    private final Grid<RetentionRuns.Run> history = new Grid<>();

    RetentionView(RetentionPolicies policies, RetentionRuns runs, RetentionProperties properties,
                  MunicipalityAdministration municipalities) {
        this.policies = policies;
        this.runs = runs;
        this.properties = properties;
        this.municipalities = municipalities;
        addClassName("backoffice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var served = municipalities.served();
        var picker = new MunicipalityPicker(served, id -> showRules(served.stream().filter(m -> m.id() == id).findFirst().orElseThrow()));
        var run = new Button(getTranslation("admin.retention.runNow"), click -> confirmRun());
        add(new H1(getTranslation("menu.adminRetention")), new Paragraph(getTranslation("admin.retention.lead")), picker, rules,
                new H2(getTranslation("admin.retention.next")),
                new Paragraph(getTranslation("admin.retention.schedule", properties.runAt().toString())), preview(), run,
                new H2(getTranslation("admin.retention.history")), history());
        picker.chooseFrom(event);
        refresh();
    }

    private void showRules(MunicipalitySummary municipality) {
        rules.removeAll();
        var form = new PolicyForm(policies.policy(municipality.id()));
        var binder = new Binder<PolicyForm>();
        var summary = new ErrorSummary();
        var caseYears = field(binder, "admin.retention.caseYears", RetentionPolicy.MIN_CASE_YEARS, RetentionPolicy.MAX_CASE_YEARS,
                f -> f.caseYears, (f, v) -> f.caseYears = v);
        var meetingMonths = field(binder, "admin.retention.meetingMonths", RetentionPolicy.MIN_MEETING_MONTHS,
                RetentionPolicy.MAX_MEETING_MONTHS, f -> f.meetingMonths, (f, v) -> f.meetingMonths = v);
        var mailDays = field(binder, "admin.retention.mailDays", RetentionPolicy.MIN_MAIL_DAYS, RetentionPolicy.MAX_MAIL_DAYS,
                f -> f.mailDays, (f, v) -> f.mailDays = v);
        var auditYears = field(binder, "admin.retention.auditYears", RetentionPolicy.MIN_AUDIT_YEARS, RetentionPolicy.MAX_AUDIT_YEARS,
                f -> f.auditYears, (f, v) -> f.auditYears = v);
        binder.readBean(form);
        var save = new Button(getTranslation("admin.retention.save"), click -> {
            if (!summary.check(binder) || !binder.writeBeanIfValid(form)) {
                return;
            }
            policies.change(municipality.id(), municipality.name(), form.policy());
            Notification.show(getTranslation("admin.retention.saved", municipality.name()));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new Div(caseYears, meetingMonths, mailDays, auditYears);
        fields.addClassNames("inline-form", "inline-form--fields");
        rules.add(new H2(getTranslation("admin.retention.rules", municipality.name())), summary, fields,
                new Paragraph(getTranslation("admin.retention.fixed", properties.eventPublicationDays(), properties.installationLogYears())),
                save);
    }

    /** A period field bound to the form: required, and within the rule's limits. */
    private IntegerField field(Binder<PolicyForm> binder, String key, int min, int max, ValueProvider<PolicyForm, Integer> getter,
                               Setter<PolicyForm, Integer> setter) {
        var field = field(key, min, max);
        binder.forField(field).asRequired(getTranslation("admin.retention.error.required"))
                .withValidator(new IntegerRangeValidator(range(min, max), min, max))
                .bind(getter, setter);
        return field;
    }

    private IntegerField field(String key, int min, int max) {
        var field = new IntegerField(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setWidth("17rem");
        field.setHelperText(getTranslation(key + ".help", min, max));
        var outOfRange = range(min, max);
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange)
                .setBadInputErrorMessage(outOfRange).setRequiredErrorMessage(getTranslation("admin.retention.error.required")));
        return field;
    }

    private String range(int min, int max) {
        return getTranslation("admin.retention.error.range", min, max);
    }

    private Grid<RetentionRuns.Due> preview() {
        var names = municipalities.served();
        preview.addColumn(d -> d.municipalityId() == null ? getTranslation("admin.retention.installation")
                        : names.stream().filter(m -> m.id() == d.municipalityId()).map(MunicipalitySummary::name).findFirst().orElse("?"))
                .setHeader(getTranslation("admin.municipality")).setAutoWidth(true);
        preview.addColumn(d -> getTranslation("retention.kind." + d.kind().name())).setHeader(getTranslation("admin.retention.kind")).setAutoWidth(true);
        preview.addColumn(d -> DateTimeFormatter.ofPattern("d. MMM yyyy", getLocale()).format(d.cutoff().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("admin.retention.before")).setAutoWidth(true);
        preview.addColumn(RetentionRuns.Due::count).setHeader(getTranslation("admin.retention.count")).setAutoWidth(true);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.setAriaLabel(getTranslation("admin.retention.next"));
        return preview;
    }

    private Grid<RetentionRuns.Run> history() {
        var when = DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", getLocale()).withZone(PortalTime.ZONE);
        history.addColumn(r -> when.format(r.startedAt())).setHeader(getTranslation("admin.retention.started")).setAutoWidth(true);
        history.addColumn(RetentionRuns.Run::startedBy).setHeader(getTranslation("admin.retention.by")).setAutoWidth(true);
        history.addColumn(r -> getTranslation("admin.retention.outcome." + r.outcome())).setHeader(getTranslation("admin.retention.outcome")).setAutoWidth(true);
        history.addColumn(RetentionRuns.Run::total).setHeader(getTranslation("admin.retention.erased")).setAutoWidth(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.setAriaLabel(getTranslation("admin.retention.history"));
        return history;
    }

    private void confirmRun() {
        var total = runs.preview().stream().mapToLong(RetentionRuns.Due::count).sum();
        var dialog = new ConfirmDialog(getTranslation("admin.retention.confirm.title"),
                getTranslation("admin.retention.confirm.text", total), getTranslation("admin.retention.confirm.ok"), confirmed -> {
                    var run = runs.runNow();
                    Notification.show(getTranslation("admin.retention.done", run.total()));
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.retention.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        preview.setItems(runs.preview());
        history.setItems(runs.history(20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminRetention") + " – " + getTranslation("backoffice.title");
    }

    /** The form's copy of a policy. */
    private static final class PolicyForm {
        Integer caseYears;
        Integer meetingMonths;
        Integer mailDays;
        Integer auditYears;

        PolicyForm(RetentionPolicy policy) {
            this.caseYears = policy.caseYears();
            this.meetingMonths = policy.meetingMonths();
            this.mailDays = policy.mailDays();
            this.auditYears = policy.auditYears();
        }

        RetentionPolicy policy() {
            return new RetentionPolicy(caseYears, meetingMonths, mailDays, auditYears);
        }
    }
}
