package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.security.SignedInStaff;
import dk.borgerraadgiver.security.StaffPasswords;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;

/** A member of staff changes their own password; the bootstrap administrator must, before anything else. */
@Route("backoffice/ny-adgangskode")
@Menu(order = 96, title = "menu.password", icon = "vaadin:password")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class PasswordChangeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffPasswords passwords;

    PasswordChangeView(StaffPasswords passwords) {
        this.passwords = passwords;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var username = SignedInStaff.username().orElseThrow();
        var required = passwords.mustChangePassword(username);
        var errors = new ErrorSummary();
        var form = new NewPasswordForm(true, errors);
        var save = new Button(getTranslation("password.save"), click -> {
            var answers = form.valid();
            if (answers == null) {
                return;
            }
            var refusal = passwords.changeOwn(answers.current(), answers.chosen(), ClientAddress.current());
            if (refusal.isPresent()) {
                form.refuse(refusal.get());
                return;
            }
            Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (required) {
                UI.getCurrent().getPage().setLocation("/backoffice");
            } else {
                localeChange(event);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("password.change.title")), errors,
                new Paragraph(getTranslation(required ? "password.change.required" : "password.change.lead")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title") + " – " + getTranslation("backoffice.title");
    }
}
