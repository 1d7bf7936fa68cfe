package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Span;

/** "Trin 2 af 5" above a question page's heading; only "Trin 1" while the number of steps depends on the answer. */
public class StepCaption extends Span {

    public StepCaption(int step, int steps) {
        addClassName("step-caption");
        setText(steps > 0 ? getTranslation("form.step", step, steps) : getTranslation("form.stepOnly", step));
    }
}
