package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jspecify.annotations.Nullable;

/**
 * The GOV.UK / DKFDS question-page pattern shared by the citizen's flows: one question per page
 * under "Trin X af Y" and a heading that is also the page title, a primary action and a back button,
 * and the "check your answers" list with a change button per row.
 */
public abstract class QuestionFlow extends Div implements HasDynamicTitle {

    private String title = "";
    /** The first page arrives with the page load; every later one moves focus to its heading. */
    private boolean pageShown;
    private boolean checkReached;

    protected QuestionFlow() {
        addClassName("prose");
    }

    /**
     * Clears the view and starts the page of one step; the caller adds the question to the returned box.
     * A {@code steps} of 0 leaves out the total, for a first question whose answer decides the path.
     */
    protected Div page(int step, int steps, String titleKey) {
        return start(getTranslation(titleKey), new StepCaption(step, steps));
    }

    /** Clears the view for a page without a step number (a confirmation, a receipt). */
    protected void startPage(String title) {
        removeAll();
        this.title = title;
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (pageShown) {
            HeadingFocus.moveTo(this);
        }
        pageShown = true;
    }

    private Div start(String heading, StepCaption caption) {
        startPage(heading);
        var page = new Div(caption, new H1(heading));
        add(page);
        return page;
    }

    protected Button primary(String key, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("primary-action");
        return button;
    }

    protected Div actions(@Nullable Button primary, @Nullable Runnable back) {
        var bar = new Div();
        bar.addClassName("form-actions");
        if (primary != null) {
            bar.add(primary);
        }
        if (back != null) {
            var backButton = new Button(getTranslation("form.back"), click -> back.run());
            backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(backButton);
        }
        return bar;
    }

    /** One row of "check your answers": the answer and a change button that says what it changes. */
    protected void addRow(DescriptionList list, String labelKey, String value, Runnable change) {
        var changeButton = new Button(getTranslation("form.change"), click -> change.run());
        changeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        changeButton.setAriaLabel(getTranslation("form.change") + " " + getTranslation(labelKey).toLowerCase(getLocale()));
        var description = new DescriptionList.Description(value);
        description.add(changeButton);
        list.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    /**
     * After a change made from "check your answers", the step's continue button goes back there
     * instead of walking through every later step again (GOV.UK).
     */
    protected void continueTo(Runnable next, Runnable check) {
        if (checkReached) {
            check.run();
        } else {
            next.run();
        }
    }

    /** Called by the check page: from now on a changed answer returns to it. */
    protected void checkReached() {
        checkReached = true;
    }

    /** The heading of the page being shown. */
    protected String getPageHeading() {
        return title;
    }

    /** The key of the first page's heading, used as the title before any page is shown. */
    protected abstract String firstTitleKey();

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation(firstTitleKey()) : title) + " – " + getTranslation("layout.serviceName");
    }
}
