package dk.borgerraadgiver.casework.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseReader;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.ClosingProblem;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case: what the citizen wrote, the classification point by point, forwards and answers,
 * power of attorney, secure messages, journal and timeline. Opening it is audit-logged once.
 */
@Route("backoffice/sager/:caseId")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle, CaseSection.CasePage {

    private final CaseFiles caseFiles;
    private final CaseReader caseReader;
    private final CitizenMessages messages;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;
    private @Nullable CaseDetails details;
    private List<CategoryNode> categories = List.of();
    private List<DepartmentNode> departments = List.of();
    private final Map<Long, CategoryNode> categoriesById = new HashMap<>();
    private final Map<Long, DepartmentNode> departmentsById = new HashMap<>();
    private final ClassificationSection.Editing editing = new ClassificationSection.Editing();

    CaseView(CaseFiles caseFiles, CaseReader caseReader, CitizenMessages messages, ClassificationSchemes schemes,
             MunicipalityDirectory municipalities, Clock clock) {
        this.caseFiles = caseFiles;
        this.caseReader = caseReader;
        this.messages = messages;
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.clock = clock;
        addClassNames("backoffice-page", "case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("caseId");
        if (id.isEmpty()) {
            event.forwardTo(CaseInboxView.class);
            return;
        }
        try {
            details = caseReader.open(id.get());
        } catch (CaseRefusedException | AccessDeniedException e) {
            removeAll();
            add(new H1(getTranslation("case.notFound")), new Paragraph(getTranslation("case.notFound.text")));
            details = null;
            return;
        }
        categories = schemes.categories(details.municipalityId());
        departments = municipalities.departments(details.municipalityId());
        categories.forEach(c -> categoriesById.put(c.id(), c));
        departments.forEach(d -> departmentsById.put(d.id(), d));
        render();
    }

    @Override
    public void redraw() {
        render();
    }

    @Override
    public void reload() {
        if (details != null) {
            details = caseReader.refresh(details.id());
            render();
        }
    }

    @Override
    public void act(Runnable change, String doneKey) {
        try {
            change.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (CaseRefusedException e) {
            var text = new StringBuilder(getTranslation("case.refused." + e.reason()));
            e.problems().forEach(p -> text.append(' ').append(getTranslation("case.problem." + p.name())));
            Notification.show(text.toString(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void render() {
        removeAll();
        var c = details;
        if (c == null) {
            return;
        }
        var title = new H1(c.reference() + " · " + c.citizenName());
        var meta = new Div(CaseTexts.statusBadge(c.status(), getTranslation("case.status." + c.status().name())),
                new Span(c.municipalityName()), new Span(getTranslation("case.channel." + c.channel().name())),
                new Span(getTranslation("case.registeredOn", CaseTexts.date(c.registeredOn(), getLocale()))));
        if (c.importedFrom() != null) {
            meta.add(new Span(getTranslation("case.imported", c.importedFrom())));
        }
        meta.addClassName("case-meta");
        var main = new Div(new InquirySection(c, departmentsById, caseReader),
                new ClassificationSection(c, editing, categories, departments, categoriesById, departmentsById, caseFiles, this),
                new ForwardSection(c, departments, departmentsById, PortalTime.today(clock), caseFiles, this));
        main.addClassName("case-main");
        var side = new Div(new CitizenSection(c, caseFiles, messages, this), new DeadlineSection(c, caseFiles, this),
                new MessageSection(c, caseReader, messages, this), new JournalSection(c, caseFiles, this), new TimelineSection(c),
                new RetentionSection(c, caseFiles, this));
        side.addClassName("case-side");
        var columns = new Div(main, side);
        columns.addClassName("case-columns");
        add(title, meta, closingBar(c), columns);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Component closingBar(CaseDetails c) {
        var bar = new Div();
        bar.addClassName("closing-bar");
        if (c.status() == CaseStatus.CLOSED) {
            var reopen = new Button(getTranslation("case.reopen"), click -> act(() -> caseFiles.reopen(c.id()), "case.reopened"));
            bar.add(new Paragraph(getTranslation("case.closedText")), reopen);
            return bar;
        }
        var close = new Button(getTranslation("case.close"), click -> act(() -> caseFiles.close(c.id()), "case.closed"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setEnabled(c.canClose());
        bar.add(close);
        if (!c.closingProblems().isEmpty()) {
            var list = new UnorderedList();
            for (ClosingProblem problem : c.closingProblems()) {
                list.add(new ListItem(getTranslation("case.problem." + problem.name())));
            }
            var missing = new Div(new Span(getTranslation("case.beforeClosing")), list);
            missing.addClassName("closing-problems");
            missing.setId("closing-problems");
            close.getElement().setAttribute("aria-describedby", "closing-problems");
            bar.add(missing);
        }
        return bar;
    }
















    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("case.notFound") : details.reference()) + " – " + getTranslation("backoffice.title");
    }
}
