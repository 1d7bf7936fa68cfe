package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;
import dk.borgerraadgiver.shared.ui.PortalPasswordField;

import org.jspecify.annotations.Nullable;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.EmailAddress;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
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
        channel.addClassName("channel-choice");
        var date = new PortalDatePicker(getTranslation("register.date"));
        date.setLocale(getLocale());
        date.setMax(PortalTime.today(clock));
        var name = new TextField(getTranslation("register.name"));
        name.setMaxLength(ContactRegistrationForm.MAX_NAME);
        name.setId("register-name");
        var phone = new TextField(getTranslation("register.phone") + " " + getTranslation("form.optional"));
        phone.setMaxLength(30);
        var email = new EmailField(getTranslation("register.email") + " " + getTranslation("form.optional"));
        email.setMaxLength(254);
        var identifier = new PortalPasswordField(getTranslation("register.identifier") + " " + getTranslation("form.optional"));
        identifier.setHelperText(getTranslation("register.identifier.help"));
        identifier.setRevealButtonVisible(true);
        var summary = new TextArea(getTranslation("register.summary"));
        summary.setMaxLength(ContactRegistrationForm.MAX_SUMMARY);
        summary.setHelperText(getTranslation("register.summary.help"));
        summary.setId("register-summary");
        var actingForOther = new Checkbox(getTranslation("register.actingForOther"));
        var noRealWork = new Checkbox(getTranslation("register.noRealCaseWork"));
        var binder = new Binder<Registration>();
        binder.forField(municipality).asRequired(getTranslation("register.municipality")).bind(r -> r.municipality, (r, v) -> r.municipality = v);
        binder.forField(channel).bind(r -> r.channel, (r, v) -> r.channel = v);
        binder.forField(date).asRequired(getTranslation("register.error.date"))
                .withValidator(day -> !day.isAfter(PortalTime.today(clock)), getTranslation("register.error.date"))
                .bind(r -> r.date, (r, v) -> r.date = v);
        binder.forField(name).asRequired(getTranslation("register.error.name")).bind(r -> r.name, (r, v) -> r.name = v);
        binder.forField(phone).withValidator(value -> value.isBlank() || PhoneNumber.isValid(value),
                getTranslation("case.refused.phone")).bind(r -> r.phone, (r, v) -> r.phone = v);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("case.refused.email")));
        binder.forField(email).withValidator(value -> value.isBlank() || EmailAddress.isValid(value),
                getTranslation("case.refused.email")).bind(r -> r.email, (r, v) -> r.email = v);
        binder.forField(identifier).bind(r -> r.identifier, (r, v) -> r.identifier = v);
        binder.forField(summary).asRequired(getTranslation("register.error.summary")).bind(r -> r.summary, (r, v) -> r.summary = v);
        binder.forField(actingForOther).bind(r -> r.actingForOther, (r, v) -> r.actingForOther = v);
        binder.forField(noRealWork).bind(r -> r.noRealWork, (r, v) -> r.noRealWork = v);
        var registration = new Registration();
        registration.date = PortalTime.today(clock);
        registration.municipality = municipality.getValue();
        binder.readBean(registration);
        var save = new Button(getTranslation("register.save"), click -> {
            errors.clear();
            var status = binder.validate();
            status.getFieldValidationErrors().forEach(problem -> problem.getMessage().filter(m -> !m.isBlank())
                    .ifPresent(message -> errors.add(message, (Component) problem.getField())));
            if (!status.isOk() || !binder.writeBeanIfValid(registration)) {
                errors.show();
                return;
            }
            try {
                long id = this.registration.register(registration.form());
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

    /** The form's answers, as the binder writes them. */
    private static final class Registration {
        @Nullable MunicipalitySummary municipality;
        Channel channel = Channel.PHONE;
        @Nullable LocalDate date;
        String name = "";
        String phone = "";
        String email = "";
        String identifier = "";
        String summary = "";
        boolean actingForOther;
        boolean noRealWork;

        ContactRegistrationForm form() {
            return new ContactRegistrationForm(Objects.requireNonNull(municipality).id(), channel, Objects.requireNonNull(date),
                    name, email, phone, identifier, summary, actingForOther, noRealWork);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.heading") + " – " + getTranslation("backoffice.title");
    }
}
