package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.select.Select;

/**
 * A select whose opened list has a name. Vaadin's list box has none of its own, which axe reports
 * and a screen reader reads as a bare "list box"; it is given the select's label each time it opens
 * (from the label it has then, so a language switch is followed). Use it instead of {@link Select}.
 */
public class PortalSelect<T> extends Select<T> {

    public PortalSelect() {
        addAttachListener(attach -> getElement().executeJs("if (!this.__listNamed) { this.__listNamed = true;"
                + " this.addEventListener('opened-changed', () => { const list = this.querySelector('vaadin-select-list-box');"
                + " if (list) { list.setAttribute('aria-label', this.label || this.accessibleName || ''); } }); }"));
    }
}
