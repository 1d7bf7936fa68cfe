package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A password field whose show-password button is named in the page's language ("Vis adgangskode");
 * the Flow component has no i18n API for it, so the web component's own {@code i18n.reveal} is set.
 */
public class PortalPasswordField extends PasswordField {

    public PortalPasswordField() {
    }

    public PortalPasswordField(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})", getTranslation("password.reveal"));
    }
}
