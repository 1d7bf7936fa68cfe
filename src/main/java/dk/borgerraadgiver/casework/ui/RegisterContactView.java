package dk.borgerraadgiver.casework.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Register a phone call, letter or visit in well under a minute: channel, citizen, a short summary.
 * Only the name and the summary are required; everything else has a sensible default.
 */
@Route("backoffice/sager/ny")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class RegisterContactView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ContactRegistration registration;
    private final List<MunicipalitySummary> served;
    private final Clock clock;

    RegisterContactView(ContactRegistration registration, ServedMunicipalities servedMunicipalities,
                        Clock clock) {
        this.registration = registration;
        this.served = servedMunicipalities.list();
        this.clock = clock;
        addClassNames("backoffice-page", "narrow-form");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var errors = new ErrorSummary();
        var municipality = MunicipalityChoice.of(getTranslation("register.municipality"), served);
        var channel = new RadioButtonGroup<Channel>(getTranslation("register.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("case.channel." + c.name()));
        channel.setValue(Channel.PHONE);
        channel.addClassName("channel-choice");
        var date = new DatePicker(getTranslation("register.date"));
        date.setLocale(getLocale());
        date.setValue(PortalTime.today(clock));
        date.setMax(PortalTime.today(clock));
        var name = new TextField(getTranslation("register.name"));
        name.setMaxLength(ContactRegistrationForm.MAX_NAME);
        name.setId("register-name");
        var phone = new TextField(getTranslation("register.phone") + " " + getTranslation("form.optional"));
        phone.setMaxLength(30);
        var email = new EmailField(getTranslation("register.email") + " " + getTranslation("form.optional"));
        email.setMaxLength(254);
        var identifier = new PasswordField(getTranslation("register.identifier") + " " + getTranslation("form.optional"));
        identifier.setHelperText(getTranslation("register.identifier.help"));
        identifier.setRevealButtonVisible(true);
        var summary = new TextArea(getTranslation("register.summary"));
        summary.setMaxLength(ContactRegistrationForm.MAX_SUMMARY);
        summary.setHelperText(getTranslation("register.summary.help"));
        summary.setId("register-summary");
        var actingForOther = new Checkbox(getTranslation("register.actingForOther"));
        var noRealWork = new Checkbox(getTranslation("register.noRealCaseWork"));
        var save = new Button(getTranslation("register.save"), click -> {
            errors.clear();
            name.setErrorMessage(getTranslation("register.error.name"));
            name.setInvalid(name.getValue().isBlank());
            summary.setErrorMessage(getTranslation("register.error.summary"));
            summary.setInvalid(summary.getValue().isBlank());
            date.setErrorMessage(getTranslation("register.error.date"));
            date.setInvalid(date.getValue() == null || date.getValue().isAfter(PortalTime.today(clock)));
            if (name.isInvalid()) {
                errors.add(getTranslation("register.error.name"), name);
            }
            if (summary.isInvalid()) {
                errors.add(getTranslation("register.error.summary"), summary);
            }
            if (date.isInvalid()) {
                errors.add(getTranslation("register.error.date"), date);
            }
            if (errors.hasProblems()) {
                errors.show();
                return;
            }
            try {
                long id = registration.register(new ContactRegistrationForm(municipality.getValue().id(), channel.getValue(),
                        date.getValue(), name.getValue(), email.getValue(), phone.getValue(), identifier.getValue(),
                        summary.getValue(), actingForOther.getValue(), noRealWork.getValue()));
                Notification.show(getTranslation("register.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(PublicLinks.caseRoute(id)));
            } catch (CaseRefusedException e) {
                errors.add(getTranslation("case.refused." + e.reason()), summary);
                errors.show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(save);
        actions.addClassName("form-actions");
        add(new H1(getTranslation("register.heading")), new Paragraph(getTranslation("register.lead")), errors,
                municipality, channel, date, name, phone, email, identifier, summary, actingForOther, noRealWork, actions);
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.heading") + " – " + getTranslation("backoffice.title");
    }
}
