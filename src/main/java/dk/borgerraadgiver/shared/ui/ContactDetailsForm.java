package dk.borgerraadgiver.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the citizen, the same in the booking and the inquiry flow: name, e-mail and phone (at
 * least one of the two), and the language of the mails (optional). One {@link Binder} checks the fields; its
 * problems go to the page's {@link ErrorSummary} as links to the fields.
 */
public class ContactDetailsForm extends Div {

    /** The answers, as the binder reads and writes them. */
    public static final class ContactDetails {
        private String name = "";
        private String email = "";
        private String phone = "";
        private Locale pageLanguage = PortalLanguages.DANISH;
        private @Nullable Locale chosenLanguage;

        public String name() {
            return name;
        }

        public String email() {
            return email;
        }

        public String phone() {
            return phone;
        }

        /** The language of the mails: the one she chose, otherwise the one she read the pages in. */
        public Locale language() {
            return chosenLanguage != null ? chosenLanguage : pageLanguage;
        }

        public @Nullable Locale chosenLanguage() {
            return chosenLanguage;
        }

        public void setName(String name) {
            this.name = name.strip();
        }

        public void setEmail(String email) {
            this.email = email.strip();
        }

        public void setPhone(String phone) {
            this.phone = phone.strip();
        }

        /** The language the pages are shown in, used for the mails unless she chooses another. */
        public void setPageLanguage(Locale pageLanguage) {
            this.pageLanguage = pageLanguage;
        }

        public void chooseLanguage(@Nullable Locale language) {
            this.chosenLanguage = language;
        }
    }

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final Binder<ContactDetails> binder = new Binder<>();

    /** @param emailHintKey the hint under the e-mail field, which says what the mail is used for in this flow */
    public ContactDetailsForm(ContactDetails details, String emailHintKey) {
        addClassName("contact-details");
        name.setId("name");
        name.setMaxLength(120);
        name.setAutocomplete(Autocomplete.NAME);
        email.setId("email");
        phone.setId("phone");
        phone.setAutocomplete(Autocomplete.TEL);
        language.setItems(PortalLanguages.SUPPORTED);
        name.setLabel(getTranslation("booking.details.name"));
        email.setLabel(getTranslation("booking.details.email"));
        email.setHelperText(getTranslation(emailHintKey));
        // The field's own check of the address (which the binder runs first) speaks the portal's words.
        email.setI18n(FieldTexts.email(this));
        phone.setLabel(getTranslation("booking.details.phone"));
        phone.setHelperText(getTranslation("booking.details.phoneHint"));
        // Not answered for her (GOV.UK: no pre-selected radios): an optional question whose hint says what happens without an answer.
        language.setLabel(getTranslation("booking.details.language") + " " + getTranslation("form.optional"));
        language.setHelperText(getTranslation("contact.languageHint"));
        language.addThemeVariants(RadioGroupVariant.HELPER_ABOVE);
        language.setItemLabelGenerator(locale -> getTranslation("booking.details.language." + locale.getLanguage()));

        binder.forField(name).asRequired(getTranslation("booking.error.name"))
                .bind(ContactDetails::name, ContactDetails::setName);
        binder.forField(email)
                .withValidator((value, context) -> value.isBlank() && phone.getValue().isBlank()
                        ? ValidationResult.error(getTranslation("booking.error.contact")) : ValidationResult.ok())
                .withValidator(value -> value.isBlank() || EmailAddress.isValid(value), getTranslation("booking.error.email"))
                .bind(ContactDetails::email, ContactDetails::setEmail);
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || PhoneNumber.isValid(value), getTranslation("booking.error.phone"))
                .bind(ContactDetails::phone, ContactDetails::setPhone);
        binder.forField(language).bind(ContactDetails::chosenLanguage, ContactDetails::chooseLanguage);
        binder.readBean(details);
        add(name, email, phone, language);
    }

    /** Fills in and locks what MitID vouched for: the name always, the e-mail when the broker gave one. */
    public void lockVerified(String verifiedName, @Nullable String verifiedEmail) {
        name.setValue(verifiedName);
        name.setReadOnly(true);
        name.setHelperText(getTranslation("mitid.fromMitId"));
        if (verifiedEmail != null && !verifiedEmail.isBlank()) {
            email.setValue(verifiedEmail);
            email.setReadOnly(true);
            email.setHelperText(getTranslation("mitid.fromMitId"));
        }
    }

    /** The language of the mails as "Tjek dine svar" lists it, in the page's language. */
    public static String languageText(Component on, ContactDetails details) {
        return on.getTranslation("booking.details.language." + details.language().getLanguage());
    }

    /** The citizen's name field, for flows that put more questions between it and the rest. */
    public TextField nameField() {
        return name;
    }

    /**
     * Validates every field; writes the answers into {@code details} only when all are right, otherwise
     * lists each problem in {@code errors}. Returns whether the answers were taken.
     */
    public boolean writeTo(ContactDetails details, ErrorSummary errors) {
        var status = binder.validate();
        for (BindingValidationStatus<?> problem : status.getFieldValidationErrors()) {
            var field = (Component) problem.getField();
            problem.getMessage().filter(message -> !message.isBlank()).ifPresent(message -> errors.add(message, field));
            if (field instanceof HasValidation validation) {
                validation.setInvalid(true);
            }
        }
        return status.isOk() && binder.writeBeanIfValid(details);
    }
}
