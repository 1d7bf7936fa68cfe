package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.select.Select;

/**
 * Vaadin's select opens a list box without a name of its own, which axe reports and a screen reader
 * reads as a bare "list box". The list box is given the select's label each time it opens.
 */
public final class SelectListNames {

    private SelectListNames() {
    }

    public static void nameList(Select<?> select) {
        // Named when it opens, from the label it has then (a language switch changes it).
        select.addAttachListener(attach -> select.getElement().executeJs("if (!this.__listNamed) { this.__listNamed = true;"
                + " this.addEventListener('opened-changed', () => { const list = this.querySelector('vaadin-select-list-box');"
                + " if (list) { list.setAttribute('aria-label', this.label || this.accessibleName || ''); } }); }"));
    }
}
