package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.FieldTexts;
import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.ActivityKind;
import dk.borgerraadgiver.casework.ActivityRecord;
import dk.borgerraadgiver.casework.AdvisorActivities;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;

/** The advisor's other work: consultative assistance, staff inquiries, own initiative, mediation, talks. */
@Route("backoffice/aktiviteter")
@Menu(order = 7, title = "menu.activities", icon = "vaadin:briefcase")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class ActivitiesView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AdvisorActivities activities;
    private final MunicipalityDirectory municipalities;
    private final List<MunicipalitySummary> served;
    private final Clock clock;
    private final Grid<ActivityRecord> grid = new Grid<>();
    private final Map<Long, DepartmentNode> departments = new HashMap<>();

    ActivitiesView(AdvisorActivities activities, MunicipalityDirectory municipalities,
                   ServedMunicipalities servedMunicipalities, Clock clock) {
        this.activities = activities;
        this.municipalities = municipalities;
        this.served = servedMunicipalities.list();
        served.forEach(m -> municipalities.departments(m.id()).forEach(d -> departments.put(d.id(), d)));
        this.clock = clock;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var today = PortalTime.today(clock);
        var municipality = MunicipalityChoice.of(getTranslation("register.municipality"), served);
        var kind = new PortalSelect<ActivityKind>();
        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k.name()));
        var date = new PortalDatePicker(getTranslation("activity.date"));
        date.setLocale(getLocale());
        date.setMax(today);
        var department = new PortalSelect<@Nullable Long>();
        department.setLabel(getTranslation("point.department") + " " + getTranslation("form.optional"));
        Runnable fillDepartments = () -> {
            var items = new ArrayList<Long>();
            if (municipality.getValue() != null) {
                municipalities.departments(municipality.getValue().id()).stream().filter(DepartmentNode::active)
                        .forEach(d -> items.add(d.id()));
            }
            department.setItems(items);
        };
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("point.none"));
        department.setItemLabelGenerator(id -> id == null ? getTranslation("point.none") : PointEditor.departmentLabel(departments, id));
        fillDepartments.run();
        municipality.addValueChangeListener(e -> fillDepartments.run());
        var minutes = new IntegerField(getTranslation("activity.minutes"));
        minutes.setMin(0);
        minutes.setMax(6000);
        minutes.setStep(15);
        minutes.setI18n(FieldTexts.wholeNumber(this, 0, 6000));
        var note = new TextField(getTranslation("activity.note") + " " + getTranslation("form.optional"));
        note.setMaxLength(AdvisorActivities.MAX_NOTE);
        note.setWidthFull();
        var binder = new Binder<Activity>();
        binder.forField(kind).withValidator(Objects::nonNull, getTranslation("activity.kind")).bind(x -> x.kind, (x, v) -> x.kind = v);
        binder.forField(date).withValidator(day -> day != null && !day.isAfter(PortalTime.today(clock)),
                getTranslation("register.error.date")).bind(x -> x.date, (x, v) -> x.date = v);
        binder.forField(department).bind(x -> x.departmentId, (x, v) -> x.departmentId = v);
        binder.forField(minutes).withValidator(value -> value != null && value >= 0 && value <= 6000,
                getTranslation("activity.error.minutes")).bind(x -> x.minutes, (x, v) -> x.minutes = v);
        binder.forField(note).bind(x -> x.note, (x, v) -> x.note = v);
        var activity = new Activity();
        activity.date = today;
        binder.readBean(activity);
        var save = new Button(getTranslation("activity.save"), click -> {
            if (municipality.getValue() == null || !binder.writeBeanIfValid(activity)) {
                binder.validate();
                return;
            }
            try {
                activities.register(municipality.getValue().id(), Objects.requireNonNull(activity.kind),
                        Objects.requireNonNull(activity.date), activity.departmentId, Objects.requireNonNull(activity.minutes),
                        activity.note);
                Notification.show(getTranslation("activity.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                note.clear();
                refresh();
            } catch (CaseRefusedException e) {
                Notification.show(getTranslation("case.refused." + e.reason())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(municipality, kind, date, department, minutes, note, save);
        form.addClassName("inline-form");
        grid.removeAllColumns();
        grid.addColumn(a -> CaseTexts.date(a.doneOn(), getLocale())).setHeader(getTranslation("activity.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("activity.kind." + a.kind().name())).setHeader(getTranslation("activity.kind")).setAutoWidth(true);
        grid.addColumn(a -> a.departmentId() == null ? "" : PointEditor.departmentLabel(departments, a.departmentId()))
                .setHeader(getTranslation("point.department")).setAutoWidth(true);
        grid.addColumn(ActivityRecord::minutes).setHeader(getTranslation("activity.minutes")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActivityRecord::note).setHeader(getTranslation("activity.note")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("activity.recent"));
        grid.setHeight("24rem");
        add(new H1(getTranslation("activity.heading")), new Paragraph(getTranslation("activity.lead")), form,
                new H2(getTranslation("activity.recent")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(activities.recent());
    }

    /** The form's answers, as the binder writes them. */
    private static final class Activity {
        @Nullable ActivityKind kind = ActivityKind.CONSULTATIVE_ASSISTANCE;
        @Nullable LocalDate date;
        @Nullable Long departmentId;
        @Nullable Integer minutes = 60;
        String note = "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.heading") + " – " + getTranslation("backoffice.title");
    }
}
