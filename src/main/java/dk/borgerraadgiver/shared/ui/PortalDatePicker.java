package dk.borgerraadgiver.shared.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;

/** A date picker that speaks the page's language: see {@link PickerTexts}. Use it instead of {@link DatePicker}. */
public class PortalDatePicker extends DatePicker {

    public PortalDatePicker() {
    }

    public PortalDatePicker(String label) {
        super(label);
    }

    public PortalDatePicker(String label, @Nullable LocalDate value) {
        super(label, value);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setLocale(attachEvent.getUI().getLocale());
        setI18n(PickerTexts.date(this, attachEvent.getUI().getLocale()));
        // Two gaps inside Vaadin's calendar that axe reports: the open combobox names no popup it controls,
        // and the weekday header row holds only hidden cells. Filled in each time the calendar opens.
        getElement().executeJs("if (this.__portalA11y) { return; } this.__portalA11y = true;"
                + " this.addEventListener('opened-changed', e => { if (!e.detail.value) { return; } requestAnimationFrame(() => {"
                + " const input = this.inputElement; const content = this._overlayContent;"
                + " if (input && content) { if (!content.id) { content.id = (input.id || 'date') + '-calendar'; }"
                + " input.setAttribute('aria-controls', content.id); }"
                + " (content || this).querySelectorAll('vaadin-month-calendar').forEach(month => {"
                + " const row = month.shadowRoot && month.shadowRoot.querySelector('tr[part~=weekdays]');"
                + " if (row) { row.setAttribute('aria-hidden', 'true'); } }); }); });");
    }
}
