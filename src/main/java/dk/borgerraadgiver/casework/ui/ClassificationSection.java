package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.ClassificationRules;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointOrigin;
import dk.borgerraadgiver.organisation.DepartmentNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The case's complaint points (one main point, any follow-ups) with what each still lacks before the
 * case can close, and the editor to add or change a point. Which point is being edited survives a redraw.
 */
class ClassificationSection extends CaseSection {

    /** Which point the advisor is editing, or whether a new one is being added; kept by the page across redraws. */
    static final class Editing {
        @Nullable Long point;
        boolean adding;
    }

    private final CaseDetails c;
    private final Editing editing;
    private final Map<Long, CategoryNode> categoriesById;
    private final Map<Long, DepartmentNode> departmentsById;
    private final CaseFiles caseFiles;
    private final CasePage page;

    ClassificationSection(CaseDetails c, Editing editing, List<CategoryNode> categories, List<DepartmentNode> departments,
                          Map<Long, CategoryNode> categoriesById, Map<Long, DepartmentNode> departmentsById,
                          CaseFiles caseFiles, CasePage page) {
        super("case.section.classification");
        this.c = c;
        this.editing = editing;
        this.categoriesById = categoriesById;
        this.departmentsById = departmentsById;
        this.caseFiles = caseFiles;
        this.page = page;
        boolean open = c.status() != CaseStatus.CLOSED;
        var noRealWork = new Checkbox(getTranslation("case.noRealCaseWork"), c.noRealCaseWork());
        noRealWork.setHelperText(getTranslation("case.noRealCaseWork.help"));
        noRealWork.setEnabled(open);
        noRealWork.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                page.act(() -> caseFiles.markNoRealCaseWork(c.id(), e.getValue()), "case.saved");
            }
        });
        add(noRealWork);
        if (c.points().isEmpty()) {
            add(new Paragraph(getTranslation("case.points.none")));
        }
        var list = new UnorderedList();
        list.addClassName("point-list");
        for (var point : c.points()) {
            var item = new ListItem();
            item.addClassName("point-card");
            if (Long.valueOf(point.id()).equals(editing.point)) {
                item.add(new PointEditor(getTranslation("point.edit"), point.classification(), false, categories, departments,
                        value -> save(point.id(), value), () -> { editing.point = null; page.redraw(); }));
            } else {
                item.add(pointSummary(point));
                if (open) {
                    var edit = new Button(getTranslation("point.editButton"), click -> { editing.point = point.id(); editing.adding = false; page.redraw(); });
                    edit.setAriaLabel(getTranslation("point.editButton") + ": " + pointTitle(point));
                    var remove = new Button(getTranslation("point.remove"), click -> page.act(() -> caseFiles.removePoint(c.id(), point.id()), "case.saved"));
                    remove.setAriaLabel(getTranslation("point.remove") + ": " + pointTitle(point));
                    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    var actions = new Div(edit, remove);
                    actions.addClassName("row-actions");
                    item.add(actions);
                }
            }
            list.add(item);
        }
        add(list);
        if (open) {
            if (editing.adding) {
                add(new PointEditor(getTranslation(c.points().isEmpty() ? "point.addMain" : "point.addFollowUp"), null,
                        c.points().isEmpty(), categories, departments, value -> save(null, value), () -> { editing.adding = false; page.redraw(); }));
            } else {
                var add = new Button(getTranslation(c.points().isEmpty() ? "point.addMain" : "point.addFollowUp"),
                        click -> { editing.adding = true; editing.point = null; page.redraw(); });
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-point");
                add(add);
            }
        }
    }

    private void save(@Nullable Long pointId, PointClassification value) {
        try {
            caseFiles.classify(c.id(), pointId, value);
            editing.adding = false;
            editing.point = null;
            Notification.show(getTranslation("point.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            page.reload();
        } catch (CaseRefusedException e) {
            Notification.show(getTranslation("case.refused." + e.reason())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String pointTitle(CaseDetails.Point point) {
        var p = point.classification();
        return getTranslation(p.main() ? "point.mainLabel" : "point.followUpLabel") + " · " + getTranslation("case.kind." + p.kind().name());
    }

    private Component pointSummary(CaseDetails.Point point) {
        var p = point.classification();
        var heading = new Span(pointTitle(point));
        heading.addClassName("point-title");
        var facts = new DescriptionList();
        facts.addClassName("point-facts");
        if (p.cannotHandleReason() != null) {
            term(facts, "point.reason", getTranslation("case.reason." + p.cannotHandleReason().name()));
        }
        term(facts, "point.category", p.categoryId() == null ? "–" : PointEditor.label(categoriesById, p.categoryId()));
        term(facts, "point.department", p.departmentId() == null ? "–" : PointEditor.departmentLabel(departmentsById, p.departmentId()));
        if (p.handling() != null) {
            term(facts, "point.handling", getTranslation("case.handling." + p.handling().name()));
        }
        if (p.statementOn() != null) {
            term(facts, "point.statementOn", CaseTexts.date(p.statementOn(), getLocale()));
            term(facts, "point.criticism", p.criticismLevel() == null ? getTranslation("point.noCriticism")
                    : getTranslation("case.criticism." + p.criticismLevel().name()));
            if (p.recommendationsFollowed() != null) {
                term(facts, "point.followed", getTranslation(p.recommendationsFollowed() ? "inquiry.answer.YES" : "inquiry.answer.NO"));
            }
        }
        if (point.origin() != PointOrigin.REGISTERED) {
            term(facts, "point.origin", getTranslation("point.origin." + point.origin().name()));
        }
        var card = new Div(heading, facts);
        var missing = ClassificationRules.missingFrom(p, c.categorisesAllKinds());
        if (!missing.isEmpty() && !c.noRealCaseWork()) {
            var list = new UnorderedList();
            missing.forEach(problem -> list.add(new ListItem(getTranslation("case.problem." + problem.name()))));
            var incomplete = new Div(new Span(getTranslation("point.incomplete")), list);
            incomplete.addClassName("point-missing");
            card.add(incomplete);
        }
        return card;
    }
}
