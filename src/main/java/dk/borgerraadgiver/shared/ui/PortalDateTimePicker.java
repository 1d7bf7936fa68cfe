package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** A date-and-time picker that speaks the page's language: see {@link PickerTexts}. */
public class PortalDateTimePicker extends DateTimePicker {

    public PortalDateTimePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setLocale(attachEvent.getUI().getLocale());
        setDatePickerI18n(PickerTexts.date(this, attachEvent.getUI().getLocale()));
        setI18n(PickerTexts.dateTime(this));
    }
}
