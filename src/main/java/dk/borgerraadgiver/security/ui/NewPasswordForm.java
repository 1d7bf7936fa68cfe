package dk.borgerraadgiver.security.ui;

import dk.borgerraadgiver.shared.ui.PortalPasswordField;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import dk.borgerraadgiver.security.PasswordPolicy;
import dk.borgerraadgiver.security.StaffPasswords;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;

/**
 * Choosing a password: optionally the current one, the new one twice. The length and the match are
 * checked here; whether it is common, the service decides ({@link PasswordPolicy}) and the refusal is
 * shown on the new password's field.
 */
class NewPasswordForm extends Composite<FormLayout> {

    static final class Answers {
        private String current = "";
        private String chosen = "";
        private String repeated = "";

        String current() {
            return current;
        }

        String chosen() {
            return chosen;
        }
    }

    private final Binder<Answers> binder = new Binder<>();
    private final Answers answers = new Answers();
    private final @Nullable PasswordField current;
    private final PasswordField chosen = new PortalPasswordField();
    private final ErrorSummary errors;

    NewPasswordForm(boolean askForCurrent, ErrorSummary errors) {
        this.errors = errors;
        var layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setMaxWidth("28rem");
        if (askForCurrent) {
            current = new PortalPasswordField(getTranslation("password.current"));
            current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
            binder.forField(current).asRequired(getTranslation("password.error.current"))
                    .bind(a -> a.current, (a, v) -> a.current = v);
            layout.add(current);
        } else {
            current = null;
        }
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rules", PasswordPolicy.MINIMUM_LENGTH));
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        var repeated = new PortalPasswordField(getTranslation("password.repeat"));
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        binder.forField(chosen).asRequired(getTranslation("password.error.new"))
                .withValidator(v -> v.length() >= PasswordPolicy.MINIMUM_LENGTH,
                        getTranslation("password.refusal.TOO_SHORT", PasswordPolicy.MINIMUM_LENGTH))
                .bind(a -> a.chosen, (a, v) -> a.chosen = v);
        binder.forField(repeated).asRequired(getTranslation("password.error.repeat"))
                .withValidator(v -> v.equals(chosen.getValue()), getTranslation("password.error.mismatch"))
                .bind(a -> a.repeated, (a, v) -> a.repeated = v);
        layout.add(chosen, repeated);
    }

    /** The answers when the form is valid; otherwise the problems are in the error summary. */
    @Nullable Answers valid() {
        if (!errors.check(binder) || !binder.writeBeanIfValid(answers)) {
            return null;
        }
        return answers;
    }

    /** Shows the service's refusal on the field it concerns. */
    void refuse(StaffPasswords.Refusal refusal) {
        var message = getTranslation("password.refusal." + refusal.name(), PasswordPolicy.MINIMUM_LENGTH);
        errors.refuse(message, refusal == StaffPasswords.Refusal.WRONG_CURRENT && current != null ? current : chosen);
    }

    void focus() {
        (current != null ? current : chosen).focus();
    }
}
