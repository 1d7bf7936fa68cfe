package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import com.vaadin.flow.data.binder.Binder;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.DuplicateCategoryCodeException;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's view of each municipality's classification scheme: start from a preset, then
 * rename, add and retire categories. Old points keep their category, so old statistics stay right.
 */
@Route("backoffice/kategorier")
@Menu(order = 80, title = "menu.categories", icon = "vaadin:tags")
@RolesAllowed(StaffRoles.ADMIN)
class CategoriesView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ClassificationSchemes schemes;
    private final List<MunicipalitySummary> served;
    private final Select<MunicipalitySummary> municipality = new PortalSelect<>();
    private final Div content = new Div();

    CategoriesView(ClassificationSchemes schemes, ServedMunicipalities servedMunicipalities) {
        this.schemes = schemes;
        this.served = servedMunicipalities.list();
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        municipality.setLabel(getTranslation("register.municipality"));
        municipality.setItems(served);
        municipality.setItemLabelGenerator(MunicipalitySummary::name);
        municipality.addValueChangeListener(e -> renderScheme());
        add(new H1(getTranslation("categories.heading")), new Paragraph(getTranslation("categories.lead")), municipality, content);
        if (!served.isEmpty() && municipality.getValue() == null) {
            municipality.setValue(served.getFirst());
        } else {
            renderScheme();
        }
    }

    private void renderScheme() {
        content.removeAll();
        var chosen = municipality.getValue();
        if (chosen == null) {
            return;
        }
        var preset = schemes.preset(chosen.id());
        if (preset.isEmpty()) {
            var choice = new PortalSelect<SchemePreset>();
            choice.setLabel(getTranslation("categories.preset"));
            choice.setItems(SchemePreset.values());
            choice.setItemLabelGenerator(p -> getTranslation("categories.preset." + p.name()));
            choice.setValue(SchemePreset.OMBUDSMAN);
            var apply = new Button(getTranslation("categories.apply"), click -> {
                schemes.applyPreset(chosen.id(), choice.getValue());
                renderScheme();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(new Paragraph(getTranslation("categories.none")), choice, apply);
            return;
        }
        content.add(new Paragraph(getTranslation("categories.basedOn", getTranslation("categories.preset." + preset.get().name()))));
        var nodes = schemes.categories(chosen.id());
        var list = new UnorderedList();
        list.addClassName("category-tree");
        for (CategoryNode group : nodes.stream().filter(n -> n.parentId() == null).toList()) {
            var item = row(group);
            var children = new UnorderedList();
            nodes.stream().filter(n -> Long.valueOf(group.id()).equals(n.parentId())).forEach(n -> children.add(row(n)));
            item.add(children);
            list.add(item);
        }
        content.add(list, addForm(chosen.id(), nodes));
    }

    private ListItem row(CategoryNode node) {
        var name = new TextField();
        name.setValue(node.nameDa());
        name.setAriaLabel(getTranslation("categories.nameDa") + " " + node.code());
        var nameEn = new TextField();
        nameEn.setValue(node.nameEn());
        nameEn.setAriaLabel(getTranslation("categories.nameEn") + " " + node.code());
        var save = new Button(getTranslation("categories.rename"), click -> {
            schemes.rename(node.id(), name.getValue(), nameEn.getValue());
            Notification.show(getTranslation("categories.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.setAriaLabel(getTranslation("categories.rename") + " " + node.code());
        var retire = new Button(getTranslation(node.retired() ? "categories.restore" : "categories.retire"), click -> {
            schemes.retire(node.id(), !node.retired());
            renderScheme();
        });
        retire.setAriaLabel(retire.getText() + " " + node.code());
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var code = new Span(node.code());
        code.addClassName("category-code");
        var row = new Div(code, name, nameEn, save, retire);
        row.addClassName("category-row");
        if (node.retired()) {
            row.addClassName("category-row--retired");
            row.add(new Span(getTranslation("categories.retired")));
        }
        return new ListItem(row);
    }

    private Div addForm(long municipalityId, List<CategoryNode> nodes) {
        var parent = new PortalSelect<@Nullable Long>();
        parent.setLabel(getTranslation("categories.parent"));
        parent.setItems(nodes.stream().filter(n -> n.parentId() == null).map(CategoryNode::id).toList());
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption(getTranslation("categories.topLevel"));
        parent.setItemLabelGenerator(id -> id == null ? getTranslation("categories.topLevel")
                : nodes.stream().filter(n -> n.id() == id).map(n -> n.name(getLocale())).findFirst().orElse(""));
        var code = new TextField(getTranslation("categories.code"));
        code.setMaxLength(40);
        var name = new TextField(getTranslation("categories.nameDa"));
        name.setMaxLength(150);
        var nameEn = new TextField(getTranslation("categories.nameEn"));
        nameEn.setMaxLength(150);
        var binder = new Binder<NewCategory>();
        binder.forField(parent).bind(c -> c.parentId, (c, v) -> c.parentId = v);
        binder.forField(code).asRequired(getTranslation("categories.error.required")).bind(c -> c.code, (c, v) -> c.code = v.strip());
        binder.forField(name).asRequired(getTranslation("categories.error.required")).bind(c -> c.name, (c, v) -> c.name = v.strip());
        binder.forField(nameEn).bind(c -> c.nameEn, (c, v) -> c.nameEn = v.strip());
        var category = new NewCategory();
        binder.readBean(category);
        var add = new Button(getTranslation("categories.add"), click -> {
            if (!binder.writeBeanIfValid(category)) {
                binder.validate();
                return;
            }
            try {
                schemes.addCategory(municipalityId, category.parentId, category.code, category.name,
                        category.nameEn.isBlank() ? category.name : category.nameEn);
                renderScheme();
            } catch (DuplicateCategoryCodeException e) {
                code.setErrorMessage(getTranslation("categories.error.duplicate"));
                code.setInvalid(true);
            }
        });
        var form = new Div(parent, code, name, nameEn, add);
        form.addClassName("inline-form");
        return new Div(new H2(getTranslation("categories.addHeading")), form);
    }

    /** A new category as the form fills it in. */
    private static final class NewCategory {
        @Nullable Long parentId;
        String code = "";
        String name = "";
        String nameEn = "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("categories.heading") + " – " + getTranslation("backoffice.title");
    }
}
