package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * GOV.UK's error summary: at the top of the page, announced at once, one link per problem that
 * moves focus to the field concerned. Hidden while there is nothing to say.
 */
public class ErrorSummary extends Div {

    private final H2 title = new H2();
    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        add(title, list);
        setVisible(false);
    }

    public void clear() {
        list.removeAll();
        setVisible(false);
        // The page title loses its "Fejl: " again.
        getElement().executeJs("if (document.title.startsWith($0)) document.title = document.title.substring($0.length)",
                titlePrefix());
    }

    /**
     * A field takes focus itself; a group (radio buttons, checkboxes) gives it to its chosen or first
     * option, as GOV.UK's summary links do; anything else is scrolled to and focused as a whole.
     */
    private static void focusFirstControl(Component field) {
        if (field instanceof Focusable<?> focusable && !(field instanceof RadioButtonGroup<?>)
                && !(field instanceof CheckboxGroup<?>)) {
            focusable.focus();
            return;
        }
        field.getElement().executeJs("const c = this.querySelector('input:checked') || this.querySelector("
                + "'input:not([type=hidden]), textarea, select, button, [tabindex]:not([tabindex=\"-1\"])');"
                + " this.scrollIntoView({block: 'center'});"
                + " if (c) { c.focus(); } else { this.setAttribute('tabindex', '-1'); this.focus(); }");
    }

    private String titlePrefix() {
        return getTranslation("form.errorTitlePrefix") + " ";
    }

    /** Adds a problem; the link focuses the field, or only names the problem when there is none. */
    public void add(String message, Component field) {
        title.setText(getTranslation("form.errorSummary.title"));
        var link = new Anchor("#", message);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().addEventListener("click", event -> focusFirstControl(field)).preventDefault();
        list.add(new ListItem(link));
        setVisible(true);
    }

    /**
     * Validates every field of the form: lists each problem as a link to its field and shows the
     * summary, or hides it when all is right. Returns whether the form is valid.
     */
    public boolean check(Binder<?> binder) {
        clear();
        var status = binder.validate();
        for (BindingValidationStatus<?> problem : status.getFieldValidationErrors()) {
            problem.getMessage().filter(message -> !message.isBlank())
                    .ifPresent(message -> add(message, (Component) problem.getField()));
        }
        status.getBeanValidationErrors().forEach(problem -> add(problem.getErrorMessage(), this));
        if (hasProblems()) {
            show();
        }
        return status.isOk();
    }

    /** A problem the service found after the form was valid (a taken name), shown at once. */
    public void refuse(String message, Component field) {
        clear();
        add(message, field);
        if (field instanceof HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(true);
        }
        show();
    }

    public boolean hasProblems() {
        return list.getChildren().findAny().isPresent();
    }

    /** Shows the summary and moves focus to it, so screen readers read it first. */
    public void show() {
        setVisible(true);
        // GOV.UK: while errors are shown, the page title starts with "Fejl: ", the first thing a screen reader says.
        getElement().executeJs("if (!document.title.startsWith($0)) document.title = $0 + document.title;"
                + " this.focus(); this.scrollIntoView({block: 'start'})", titlePrefix());
    }
}
