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
    }
}
