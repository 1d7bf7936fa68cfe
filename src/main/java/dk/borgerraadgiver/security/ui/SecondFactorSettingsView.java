package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.security.SignedInStaff;
import dk.borgerraadgiver.security.StaffSecondFactor;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/** A member of staff turns on (or moves to a new phone) the second factor of their own sign-in. */
@Route("backoffice/totrinsbekraeftelse")
@Menu(order = 95, title = "menu.secondFactor", icon = "vaadin:key")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class SecondFactorSettingsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffSecondFactor secondFactor;

    SecondFactorSettingsView(StaffSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var username = SignedInStaff.username().orElseThrow();
        add(new H1(getTranslation("secondFactor.settings.title")));
        var status = new Paragraph(getTranslation(secondFactor.enrolled(username) ? "secondFactor.settings.on"
                : secondFactor.required() ? "secondFactor.settings.required" : "secondFactor.settings.off"));
        add(status);
        var enrolment = secondFactor.newEnrolment(username);
        add(new SecondFactorEnrolment(enrolment, code -> {
            var recoveryCodes = secondFactor.enrol(username, enrolment, code);
            if (!recoveryCodes.isEmpty()) {
                status.setVisible(false);
            }
            return recoveryCodes;
        }, () -> localeChange(event)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.settings.title") + " – " + getTranslation("backoffice.title");
    }
}
