package dk.borgerraadgiver.security.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dk.borgerraadgiver.security.StaffSecondFactor;

/**
 * Setting up the second factor: scan the QR code (or type the secret) into an authenticator app,
 * confirm with the app's code, then write down the ten recovery codes, shown this once.
 */
class SecondFactorEnrolment extends Div {

    /** Confirms the offered secret with a code; the recovery codes, or empty when the code was wrong. */
    interface Confirmation extends Function<String, List<String>> {
    }

    SecondFactorEnrolment(StaffSecondFactor.Enrolment enrolment, Confirmation confirmation, Runnable done) {
        addClassName("second-factor-enrolment");
        var qr = new Image(QrCode.svgDataUri(enrolment.otpauthUri()), getTranslation("secondFactor.qr.alt"));
        qr.addClassName("qr-code");
        qr.setWidth("14rem");
        qr.setHeight("14rem");
        var secret = new Span(enrolment.secret().replaceAll("(.{4})", "$1 ").strip());
        secret.addClassName("secret");
        var code = CodeField.create(getTranslation("secondFactor.code"));
        var confirm = new Button(getTranslation("secondFactor.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            var codes = confirmation.apply(code.getValue());
            if (codes.isEmpty()) {
                code.setErrorMessage(getTranslation("secondFactor.wrongCode"));
                code.setInvalid(true);
                code.focus();
                return;
            }
            showRecoveryCodes(codes, done);
        });
        add(new Paragraph(getTranslation("secondFactor.enrol.step1")), qr,
                new Paragraph(new Text(getTranslation("secondFactor.enrol.secret") + " "), secret),
                new Paragraph(getTranslation("secondFactor.enrol.step2")), code, actions(confirm));
    }

    private void showRecoveryCodes(List<String> codes, Runnable done) {
        removeAll();
        var list = new OrderedList();
        list.addClassName("recovery-codes");
        codes.forEach(recovery -> list.add(new ListItem(recovery)));
        var next = new Button(getTranslation("secondFactor.recovery.done"), click -> done.run());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var status = new Paragraph(getTranslation("secondFactor.enrolled"));
        status.getElement().setAttribute("role", "status");
        add(status, new H2(getTranslation("secondFactor.recovery.title")),
                new Paragraph(getTranslation("secondFactor.recovery.text")), list, actions(next));
    }

    /** A form's buttons, on their own line below the fields. */
    static Div actions(Button... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("form-actions");
        return actions;
    }

    /** The one-time code field: digits, the browser's one-time-code autofill. */
    static final class CodeField {
        private CodeField() {
        }

        static TextField create(String label) {
            var field = new TextField(label);
            field.setMaxLength(12);
            field.getElement().setAttribute("autocomplete", "one-time-code");
            field.getElement().setAttribute("inputmode", "text");
            field.setRequiredIndicatorVisible(false);
            field.setWidthFull();
            field.setMaxWidth("20rem");
            return field;
        }
    }
}
