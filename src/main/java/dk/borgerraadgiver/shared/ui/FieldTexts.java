package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField.EmailFieldI18n;
import com.vaadin.flow.component.textfield.IntegerField.IntegerFieldI18n;

/** The messages of Vaadin's number and e-mail fields in the page's language, through their i18n APIs. */
public final class FieldTexts {

    private FieldTexts() {
    }

    /** A whole number from {@code min} to {@code max}: one message for anything else. */
    public static IntegerFieldI18n wholeNumber(Component on, int min, int max) {
        var message = on.getTranslation("field.number.range", min, max);
        return new IntegerFieldI18n().setBadInputErrorMessage(message).setMinErrorMessage(message).setMaxErrorMessage(message)
                .setRequiredErrorMessage(on.getTranslation("field.number.required"));
    }

    public static EmailFieldI18n email(Component on) {
        return new EmailFieldI18n().setPatternErrorMessage(on.getTranslation("booking.error.email"));
    }
}
