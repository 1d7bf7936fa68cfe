package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dk.borgerraadgiver.casework.CannotHandleReason;
import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.CriticismLevel;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.organisation.DepartmentNode;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Objects;

/**
 * The form for one point: main or follow-up, kind, category, department, and for complaints the
 * handling; for investigations the statement date, criticism level and recommendations. Fields that
 * do not apply are hidden, so the advisor only sees questions that matter for this point.
 */
class PointEditor extends Div {

    private final Checkbox main = new Checkbox();
    private final Select<@Nullable PointKind> kind = new PortalSelect<>();
    private final Select<@Nullable CannotHandleReason> reason = new PortalSelect<>();
    private final Select<@Nullable Long> category = new PortalSelect<>();
    private final Select<@Nullable Long> department = new PortalSelect<>();
    private final Select<@Nullable Handling> handling = new PortalSelect<>();
    private final DatePicker statementOn = new PortalDatePicker();
    private final Select<@Nullable CriticismLevel> criticism = new PortalSelect<>();
    private final TextArea recommendations = new TextArea();
    private final Checkbox followed = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();

    /**
     * @param firstPoint the case has no point yet: this one becomes the main point, whatever is ticked,
     *                   so the box is shown ticked and cannot be changed
     */
    PointEditor(String heading, @Nullable PointClassification current, boolean firstPoint, List<CategoryNode> categories,
                List<DepartmentNode> departments, Consumer<PointClassification> onSave, Runnable onCancel) {
        addClassName("point-editor");
        Map<Long, CategoryNode> byId = new HashMap<>();
        categories.forEach(c -> byId.put(c.id(), c));
        main.setLabel(getTranslation("point.main"));
        kind.setLabel(getTranslation("point.kind"));
        kind.setItems(PointKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("point.chooseKind") : getTranslation("case.kind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("point.chooseKind"));
        main.setReadOnly(firstPoint);
        reason.setLabel(getTranslation("point.reason"));
        reason.setItems(CannotHandleReason.values());
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("point.none"));
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("case.reason." + r.name()));
        category.setLabel(getTranslation("point.category"));
        var leaves = categories.stream().filter(c -> c.leaf() && (!c.retired()
                || (current != null && Long.valueOf(c.id()).equals(current.categoryId())))).map(CategoryNode::id).toList();
        category.setItems(leaves);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("point.none"));
        category.setItemLabelGenerator(id -> id == null ? getTranslation("point.none") : label(byId, id));
        department.setLabel(getTranslation("point.department"));
        Map<Long, DepartmentNode> departmentsById = new HashMap<>();
        departments.forEach(d -> departmentsById.put(d.id(), d));
        department.setItems(departments.stream().filter(DepartmentNode::active).map(DepartmentNode::id).toList());
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("point.none"));
        department.setItemLabelGenerator(id -> id == null ? getTranslation("point.none") : departmentLabel(departmentsById, id));
        handling.setLabel(getTranslation("point.handling"));
        handling.setItems(Handling.values());
        handling.setEmptySelectionAllowed(true);
        handling.setEmptySelectionCaption(getTranslation("point.none"));
        handling.setItemLabelGenerator(h -> h == null ? getTranslation("point.none") : getTranslation("case.handling." + h.name()));
        statementOn.setLabel(getTranslation("point.statementOn"));
        statementOn.setLocale(getLocale());
        criticism.setLabel(getTranslation("point.criticism"));
        criticism.setItems(CriticismLevel.values());
        criticism.setEmptySelectionAllowed(true);
        criticism.setEmptySelectionCaption(getTranslation("point.noCriticism"));
        criticism.setItemLabelGenerator(c -> c == null ? getTranslation("point.noCriticism") : getTranslation("case.criticism." + c.name()));
        recommendations.setLabel(getTranslation("point.recommendations") + " " + getTranslation("form.optional"));
        recommendations.setMaxLength(1000);
        followed.setLabel(getTranslation("point.followed"));
        var draft = new Draft();
        if (current != null) {
            draft.read(current);
        }
        if (firstPoint) {
            draft.main = true;
        }
        binder.forField(main).bind(d -> d.main, (d, v) -> d.main = v);
        // not asRequired: its required indicator puts aria-required on the select's button, which axe refuses
        binder.forField(kind).withValidator(Objects::nonNull, getTranslation("point.kindRequired"))
                .bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(reason).bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.forField(category).bind(d -> d.categoryId, (d, v) -> d.categoryId = v);
        binder.forField(department).bind(d -> d.departmentId, (d, v) -> d.departmentId = v);
        binder.forField(handling).bind(d -> d.handling, (d, v) -> d.handling = v);
        binder.forField(statementOn).bind(d -> d.statementOn, (d, v) -> d.statementOn = v);
        binder.forField(criticism).bind(d -> d.criticism, (d, v) -> d.criticism = v);
        binder.forField(recommendations).bind(d -> d.recommendations, (d, v) -> d.recommendations = v);
        binder.forField(followed).bind(d -> d.followed, (d, v) -> d.followed = v);
        binder.readBean(draft);
        kind.addValueChangeListener(e -> showApplicable());
        handling.addValueChangeListener(e -> showApplicable());
        var save = new Button(getTranslation("point.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                kind.focus();
                return;
            }
            onSave.accept(draft.classification());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("point.cancel"), click -> onCancel.run());
        var actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        var fields = new Div(main, kind, reason, category, department, handling, statementOn, criticism, recommendations, followed);
        fields.addClassName("point-fields");
        add(new H3(heading), fields, actions);
        showApplicable();
    }

    private void showApplicable() {
        boolean complaint = kind.getValue() == PointKind.COMPLAINT;
        reason.setVisible(kind.getValue() == PointKind.CANNOT_HANDLE);
        handling.setVisible(complaint);
        boolean investigation = complaint && handling.getValue() == Handling.INVESTIGATION;
        statementOn.setVisible(investigation);
        criticism.setVisible(investigation);
        recommendations.setVisible(investigation);
        followed.setVisible(investigation);
    }

    /** The point as the advisor fills it in; only what applies to its kind and handling is kept. */
    private static final class Draft {
        boolean main;
        @Nullable PointKind kind;
        @Nullable CannotHandleReason reason;
        @Nullable Long categoryId;
        @Nullable Long departmentId;
        @Nullable Handling handling;
        @Nullable LocalDate statementOn;
        @Nullable CriticismLevel criticism;
        String recommendations = "";
        boolean followed;

        void read(PointClassification current) {
            main = current.main();
            kind = current.kind();
            reason = current.cannotHandleReason();
            categoryId = current.categoryId();
            departmentId = current.departmentId();
            handling = current.handling();
            statementOn = current.statementOn();
            criticism = current.criticismLevel();
            recommendations = current.recommendations() == null ? "" : current.recommendations();
            followed = Boolean.TRUE.equals(current.recommendationsFollowed());
        }

        PointClassification classification() {
            var chosen = Objects.requireNonNull(kind);
            boolean complaint = chosen == PointKind.COMPLAINT;
            boolean investigation = complaint && handling == Handling.INVESTIGATION;
            return new PointClassification(main, chosen, chosen == PointKind.CANNOT_HANDLE ? reason : null, categoryId,
                    departmentId, complaint ? handling : null, investigation ? statementOn : null,
                    investigation ? criticism : null, investigation && !recommendations.isBlank() ? recommendations : null,
                    investigation ? followed : null);
        }
    }

    static String label(Map<Long, CategoryNode> byId, long id) {
        var node = byId.get(id);
        if (node == null) {
            return "?";
        }
        var locale = UI.getCurrent() == null ? Locale.ROOT : UI.getCurrent().getLocale();
        var parent = node.parentId() == null ? null : byId.get(node.parentId());
        return parent == null ? node.name(locale) : parent.name(locale) + " › " + node.name(locale);
    }

    static String departmentLabel(Map<Long, DepartmentNode> byId, long id) {
        var node = byId.get(id);
        if (node == null) {
            return "?";
        }
        var parent = node.parentId() == null ? null : byId.get(node.parentId());
        return parent == null ? node.name() : parent.name() + " › " + node.name();
    }
}
