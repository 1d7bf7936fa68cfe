package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.timepicker.TimePicker;

/** A time picker with its error messages in the page's language: see {@link PickerTexts}. */
public class PortalTimePicker extends TimePicker {

    public PortalTimePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setLocale(attachEvent.getUI().getLocale());
        setI18n(PickerTexts.time(this));
    }
}
