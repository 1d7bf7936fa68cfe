package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.textfield.TextArea;

/** A long answer with a limit says, under the field, how many characters are left, and keeps saying it as one types. */
public final class CharacterCount {

    private CharacterCount() {
    }

    /** Limits the field to {@code max} characters and keeps its hint current. */
    public static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setHelperText(field.getTranslation("form.charactersLeft", max - field.getValue().length()));
        field.addValueChangeListener(change -> field.setHelperText(
                field.getTranslation("form.charactersLeft", max - change.getValue().length())));
    }
}
