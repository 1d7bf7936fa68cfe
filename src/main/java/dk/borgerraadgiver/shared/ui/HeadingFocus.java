package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * GOV.UK's rule for pages that change without a page load: after a step change, focus moves to the
 * new page's heading, so a screen reader announces it and the keyboard starts from the top of the
 * new step instead of from a button that is gone.
 */
public final class HeadingFocus {

    private HeadingFocus() {
    }

    /** Focuses the first heading inside the view once the browser has the new content. */
    public static void moveTo(Component view) {
        view.getElement().executeJs("const h = this.querySelector('h1'); if (h) { h.setAttribute('tabindex', '-1');"
                + " h.focus({preventScroll: true}); window.scrollTo(0, 0); }");
    }
}
