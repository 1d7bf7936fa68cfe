package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.casework.CaseInbox;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.CaseSummary;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.InboxFilter;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The advisor's inbox: every case in the municipalities they serve, newest first, with filters and
 * search, and booked meetings that can become a case in one click. Alt+N registers a new contact.
 */
@Route("backoffice/sager")
@Menu(order = 5, title = "menu.cases", icon = "vaadin:inbox")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class CaseInboxView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    private final CaseInbox inbox;
    private final ContactRegistration registration;
    private final List<MunicipalitySummary> served;
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Select<@Nullable Long> municipality = new PortalSelect<>();
    private final Select<@Nullable CaseStatus> status = new PortalSelect<>();
    private final Select<@Nullable PointKind> kind = new PortalSelect<>();
    private final Select<@Nullable Long> department = new PortalSelect<>();
    private final MunicipalityDirectory directory;
    private final Map<Long, DepartmentNode> departments = new HashMap<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox includeClosed = new Checkbox();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Div meetingsSection = new Div();
    private InboxFilter current = InboxFilter.open();

    CaseInboxView(CaseInbox inbox, ContactRegistration registration, ServedMunicipalities servedMunicipalities,
                  MunicipalityDirectory directory) {
        this.directory = directory;
        this.inbox = inbox;
        this.registration = registration;
        this.served = servedMunicipalities.list();
        addClassName("backoffice-page");
        grid.setItems(query -> inbox.page(current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) inbox.count(current));
        // A click selects the row in single-selection mode, and so does Space: one listener opens the case.
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        municipality.addValueChangeListener(e -> {
            fillDepartments();
            refresh();
        });
        department.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        includeClosed.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        municipality.setItems(served.stream().map(MunicipalitySummary::id).toList());
        municipality.setEmptySelectionAllowed(true);
        municipality.setVisible(served.size() > 1);
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        kind.setItems(PointKind.values());
        kind.setEmptySelectionAllowed(true);
        department.setEmptySelectionAllowed(true);
        fillDepartments();
        Shortcuts.addShortcutListener(this, () -> getUI().ifPresent(ui -> ui.navigate(RegisterContactView.class)),
                Key.KEY_N, KeyModifier.ALT);
    }

    /** A link from the new-inquiry mail opens the inbox searched for that reference. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PublicLinks.INBOX_SEARCH)
                .filter(term -> term.length() <= 40).ifPresent(term -> {
                    search.setValue(term);
                    includeClosed.setValue(true);
                });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var register = new Button(getTranslation("cases.register"), click -> getUI().ifPresent(ui -> ui.navigate(RegisterContactView.class)));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.getElement().setAttribute("aria-keyshortcuts", "Alt+N");
        // The shortcut is shown, not only announced in a tooltip.
        var shortcut = new Span(getTranslation("cases.register.shortcut"));
        shortcut.addClassName("shortcut-hint");
        var heading = new Div(new H1(getTranslation("cases.heading")), new Div(register, shortcut));
        heading.addClassName("page-heading");
        add(heading, filters(), count, grid(), meetingsSection);
        meetings();
        refresh();
    }

    /** Labels only: the filters' items and listeners are set once, in the constructor. */
    private Div filters() {
        municipality.setLabel(getTranslation("cases.filter.municipality"));
        municipality.setItemLabelGenerator(id -> id == null ? getTranslation("cases.filter.all")
                : served.stream().filter(m -> m.id() == id).map(MunicipalitySummary::name).findFirst().orElse(""));
        municipality.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        status.setLabel(getTranslation("cases.filter.status"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("cases.filter.allOpen") : getTranslation("case.status." + s.name()));
        status.setEmptySelectionCaption(getTranslation("cases.filter.allOpen"));
        kind.setLabel(getTranslation("cases.filter.kind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("cases.filter.all") : getTranslation("case.kind." + k.name()));
        kind.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        overdue.setLabel(getTranslation("cases.filter.overdue"));
        includeClosed.setLabel(getTranslation("cases.filter.includeClosed"));
        search.setLabel(getTranslation("cases.filter.search"));
        search.setHelperText(getTranslation("cases.filter.search.help"));
        department.setLabel(getTranslation("cases.filter.department"));
        department.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        department.setItemLabelGenerator(id -> id == null ? getTranslation("cases.filter.all") : PointEditor.departmentLabel(departments, id));
        var bar = new Div(search, municipality, department, status, kind, overdue, includeClosed);
        bar.addClassName("filter-bar");
        return bar;
    }

    private Grid<CaseSummary> grid() {
        grid.removeAllColumns();
        grid.addColumn(CaseSummary::reference).setHeader(getTranslation("cases.column.reference")).setAutoWidth(true).setFlexGrow(0);
        // At 1366 px with the menu open every column fits without sideways scrolling: the cells wrap.
        grid.addColumn(c -> CaseTexts.dateTime(c.registeredAt(), getLocale())).setHeader(getTranslation("cases.column.registered")).setWidth("8rem").setFlexGrow(0);
        if (served.size() > 1) {
            grid.addColumn(CaseSummary::municipalityName).setHeader(getTranslation("cases.column.municipality")).setWidth("8rem").setFlexGrow(0);
        }
        grid.addColumn(c -> getTranslation("case.channel." + c.channel().name())).setHeader(getTranslation("cases.column.channel")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(CaseSummary::citizenName).setHeader(getTranslation("cases.column.citizen")).setWidth("9rem").setFlexGrow(1);
        // The summary wraps instead of being cut after ten characters; it takes the room that is left.
        grid.addColumn(CaseSummary::summary).setHeader(getTranslation("cases.column.summary")).setWidth("11rem").setFlexGrow(3);
        grid.addComponentColumn(c -> {
            var cell = new Span(CaseTexts.statusBadge(c.status(), getTranslation("case.status." + c.status().name())));
            if (c.overdue()) {
                var late = new Span(getTranslation("cases.overdue"));
                late.addClassName("overdue-badge");
                cell.add(late);
            }
            return cell;
        }).setHeader(getTranslation("cases.column.status")).setWidth("11rem").setFlexGrow(0);
        grid.setAriaLabel(getTranslation("cases.heading"));
        return grid;
    }

    private void open(CaseSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(PublicLinks.caseRoute(summary.id())));
    }

    /** Departments belong to one municipality, so the filter appears once one is chosen (or only one is served). */
    private void fillDepartments() {
        Long chosen = municipality.getValue() != null ? municipality.getValue() : served.size() == 1 ? served.getFirst().id() : null;
        departments.clear();
        department.clear();
        if (chosen == null) {
            department.setVisible(false);
            return;
        }
        directory.departments(chosen).forEach(d -> departments.put(d.id(), d));
        department.setItems(List.copyOf(departments.keySet()).stream()
                .sorted(Comparator.comparing(id -> PointEditor.departmentLabel(departments, id))).toList());
        department.setVisible(true);
    }

    private void refresh() {
        current = filter();
        count.setText(getTranslation("cases.count", inbox.count(current)));
        grid.getDataProvider().refreshAll();
    }

    private InboxFilter filter() {
        var text = search.getValue();
        return new InboxFilter(municipality.getValue(), status.getValue(), !includeClosed.getValue() && status.getValue() == null,
                department.isVisible() ? department.getValue() : null, kind.getValue(), overdue.getValue(), text == null || text.isBlank() ? null : text);
    }

    private void meetings() {
        meetingsSection.removeAll();
        var meetings = registration.meetingsWithoutCase();
        if (meetings.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("meeting-list");
        for (BookingDetails meeting : meetings) {
            var when = CaseTexts.dateTime(meeting.slot().start(), getLocale());
            var make = new Button(getTranslation("cases.meetings.make"), click -> {
                try {
                    long id = registration.fromBooking(meeting.id());
                    getUI().ifPresent(ui -> ui.navigate(PublicLinks.caseRoute(id)));
                } catch (CaseRefusedException e) {
                    meetings();
                }
            });
            make.setAriaLabel(getTranslation("cases.meetings.make") + ": " + meeting.citizenName() + ", " + when);
            make.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(new Span(when + " · " + meeting.citizenName() + " · " + meeting.municipalityName() + " "), make));
        }
        meetingsSection.add(new H2(getTranslation("cases.meetings.heading")), new Paragraph(getTranslation("cases.meetings.text")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.heading") + " – " + getTranslation("backoffice.title");
    }
}
