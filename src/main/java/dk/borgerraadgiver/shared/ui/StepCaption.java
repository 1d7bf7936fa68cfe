package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Span;

/** "Trin 2 af 5" above a question page's heading. */
public class StepCaption extends Span {

    public StepCaption(int step, int steps) {
        addClassName("step-caption");
        setText(getTranslation("form.step", step, steps));
    }
}
