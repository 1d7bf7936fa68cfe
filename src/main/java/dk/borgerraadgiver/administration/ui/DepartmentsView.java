package dk.borgerraadgiver.administration.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import java.util.HashMap;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.DepartmentAdministration;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalityRefusedException;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's department tree: add one, or many from a pasted list (checked first, then created
 * all or none); rename, move, reorder and retire. Nothing is deleted, so old statistics keep their departments.
 */
@Route("backoffice/administration/afdelinger")
@Menu(order = 101, title = "menu.adminDepartments", icon = "vaadin:sitemap")
@RolesAllowed(StaffRoles.ADMIN)
class DepartmentsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DepartmentAdministration departments;
    private final MunicipalityAdministration municipalities;
    private final Div content = new Div();
    private long municipalityId;

    DepartmentsView(DepartmentAdministration departments, MunicipalityAdministration municipalities) {
        this.departments = departments;
        this.municipalities = municipalities;
        addClassName("backoffice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var picker = new MunicipalityPicker(municipalities.served(), id -> {
            municipalityId = id;
            render();
        });
        add(new H1(getTranslation("menu.adminDepartments")), new Paragraph(getTranslation("admin.department.lead")), picker, content);
        picker.chooseFrom(event);
    }

    private void render() {
        content.removeAll();
        var tree = departments.tree(municipalityId);
        content.add(new H2(getTranslation("admin.department.tree")), treeList(tree), addForm(tree), listForm());
    }

    private UnorderedList treeList(List<DepartmentNode> tree) {
        var depth = new HashMap<Long, Integer>();
        var list = new UnorderedList();
        list.addClassName("admin-list");
        list.addClassName("department-tree");
        for (var node : tree) {
            int level = node.parentId() == null ? 0 : depth.getOrDefault(node.parentId(), 0) + 1;
            depth.put(node.id(), level);
            var name = new Span(node.name() + " (" + node.code() + ")");
            name.addClassName("admin-list-title");
            var item = new ListItem(name);
            item.getStyle().set("margin-inline-start", (level * 1.5) + "rem");
            if (!node.active()) {
                var retired = new Span(getTranslation("admin.retired"));
                retired.addClassName("badge-warning");
                item.add(retired);
            }
            item.add(actions(node, tree));
            list.add(item);
        }
        if (tree.isEmpty()) {
            list.add(new ListItem(getTranslation("admin.department.none")));
        }
        return list;
    }

    private Div actions(DepartmentNode node, List<DepartmentNode> tree) {
        var rename = new TextField();
        rename.setAriaLabel(getTranslation("admin.department.newName", node.name()));
        rename.setValue(node.name());
        var saveName = button("admin.department.rename", node, () -> departments.rename(node.id(), rename.getValue()));
        var parent = new PortalSelect<DepartmentNode>();
        parent.setAriaLabel(getTranslation("admin.department.moveUnder", node.name()));
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption(getTranslation("admin.department.topLevel"));
        parent.setItems(tree.stream().filter(other -> other.id() != node.id()).toList());
        parent.setItemLabelGenerator(other -> other == null ? getTranslation("admin.department.topLevel") : other.name());
        tree.stream().filter(other -> node.parentId() != null && other.id() == node.parentId()).findFirst().ifPresent(parent::setValue);
        var move = button("admin.department.move", node, () -> departments.move(node.id(),
                parent.getValue() == null ? null : parent.getValue().id()));
        var up = button("admin.department.up", node, () -> departments.reorder(node.id(), true));
        var down = button("admin.department.down", node, () -> departments.reorder(node.id(), false));
        var retire = button(node.active() ? "admin.retire" : "admin.reinstate", node,
                () -> departments.retire(node.id(), node.active()));
        var actions = new Div(rename, saveName, parent, move, up, down, retire);
        actions.addClassName("admin-actions");
        return actions;
    }

    private Button button(String key, DepartmentNode node, Runnable action) {
        var button = new Button(getTranslation(key), click -> {
            try {
                action.run();
                Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (MunicipalityRefusedException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + node.name());
        return button;
    }

    private static final class NewDepartment {
        private String code = "";
        private String name = "";
        private DepartmentLevel level = DepartmentLevel.CENTER;
        private @Nullable DepartmentNode parent;
    }

    private Div addForm(List<DepartmentNode> tree) {
        var errors = new ErrorSummary();
        var code = new TextField(getTranslation("admin.department.code"));
        code.setMaxLength(20);
        var name = new TextField(getTranslation("admin.department.name"));
        name.setMaxLength(150);
        var level = new PortalSelect<DepartmentLevel>();
        level.setLabel(getTranslation("admin.department.level"));
        level.setItems(DepartmentLevel.values());
        level.setItemLabelGenerator(value -> getTranslation("admin.level." + value.name()));
        var parent = new PortalSelect<DepartmentNode>();
        parent.setLabel(getTranslation("admin.department.parent"));
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption(getTranslation("admin.department.topLevel"));
        parent.setItems(tree.stream().filter(DepartmentNode::active).toList());
        parent.setItemLabelGenerator(node -> node == null ? getTranslation("admin.department.topLevel") : node.name());
        var binder = new Binder<NewDepartment>();
        binder.forField(code).asRequired(getTranslation("admin.department.error.code"))
                .withValidator(v -> v.strip().matches("[A-Za-z0-9ÆØÅæøå_.-]{1,20}"), getTranslation("admin.department.error.code"))
                .bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(name).asRequired(getTranslation("admin.department.error.name")).bind(d -> d.name, (d, v) -> d.name = v);
        // Not asRequired(): it puts aria-required on the select's button, which axe refuses.
        binder.forField(level).withValidator(value -> value != null, getTranslation("admin.department.error.level"))
                .bind(d -> d.level, (d, v) -> d.level = v);
        binder.forField(parent).bind(d -> d.parent, (d, v) -> d.parent = v);
        var bean = new NewDepartment();
        binder.readBean(bean);
        var add = new Button(getTranslation("admin.department.add"), click -> {
            if (!errors.check(binder) || !binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                departments.add(municipalityId, bean.parent == null ? null : bean.parent.id(), bean.code, bean.name, bean.level);
                Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (MunicipalityRefusedException refused) {
                errors.refuse(getTranslation(refused.messageKey(), refused.arguments()), refused.field().equals("code") ? code : name);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new Div(code, name, level, parent);
        fields.addClassName("inline-form");
        return new Div(new H2(getTranslation("admin.department.addTitle")), errors, fields, add);
    }

    private Div listForm() {
        var text = new TextArea(getTranslation("admin.department.list"));
        text.setHelperText(getTranslation("admin.department.list.help"));
        text.setWidthFull();
        text.setMinRows(5);
        text.setMaxLength(50_000);
        var level = new PortalSelect<DepartmentLevel>();
        level.setLabel(getTranslation("admin.department.listLevel"));
        level.setItems(DepartmentLevel.values());
        level.setItemLabelGenerator(value -> getTranslation("admin.level." + value.name()));
        level.setValue(DepartmentLevel.CENTER);
        var result = new Div();
        result.getElement().setAttribute("aria-live", "polite");
        var check = new Button(getTranslation("admin.department.check"), click -> showLines(result,
                departments.fromList(municipalityId, text.getValue(), level.getValue(), true), true));
        var create = new Button(getTranslation("admin.department.createAll"), click -> {
            var lines = departments.fromList(municipalityId, text.getValue(), level.getValue(), false);
            showLines(result, lines, false);
            if (!lines.isEmpty() && lines.stream().allMatch(DepartmentAdministration.ListLine::ok)) {
                Notification.show(getTranslation("admin.department.created", lines.size()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(check, create);
        buttons.addClassName("admin-actions");
        return new Div(new H2(getTranslation("admin.department.listTitle")), text, level, buttons, result);
    }

    private void showLines(Div result, List<DepartmentAdministration.ListLine> lines, boolean dryRun) {
        result.removeAll();
        var problems = lines.stream().filter(line -> !line.ok()).count();
        var summary = new Paragraph(lines.isEmpty() ? getTranslation("admin.department.emptyList")
                : problems > 0 ? getTranslation("admin.department.problems", problems, lines.size())
                : getTranslation(dryRun ? "admin.department.allOk" : "admin.department.created", lines.size()));
        summary.getElement().setAttribute("role", "status");
        var list = new UnorderedList();
        for (var line : lines) {
            var text = getTranslation("admin.department.lineText", line.lineNumber(), line.code(), line.name(),
                    line.parentCode() == null ? getTranslation("admin.department.topLevel") : line.parentCode());
            var item = new ListItem(line.ok() ? text : text + " – " + getTranslation(line.problemKey()));
            if (!line.ok()) {
                item.addClassName("line-problem");
            }
            list.add(item);
        }
        result.add(summary, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminDepartments") + " – " + getTranslation("backoffice.title");
    }
}
