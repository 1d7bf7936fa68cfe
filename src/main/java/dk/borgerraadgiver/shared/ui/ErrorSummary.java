package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
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
    }

    /** Adds a problem; the link focuses the field, or only names the problem when there is none. */
    public void add(String message, Component field) {
        title.setText(getTranslation("form.errorSummary.title"));
        var link = new Anchor("#", message);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().addEventListener("click", event -> {
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }).preventDefault();
        list.add(new ListItem(link));
        setVisible(true);
    }

    public boolean hasProblems() {
        return list.getChildren().findAny().isPresent();
    }

    /** Shows the summary and moves focus to it, so screen readers read it first. */
    public void show() {
        setVisible(true);
        getElement().executeJs("this.focus(); this.scrollIntoView({block: 'start'})");
    }
}
