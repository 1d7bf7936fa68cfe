package dk.borgerraadgiver.administration.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.administration.MunicipalitySetup;
import dk.borgerraadgiver.booking.BookingRules;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalityCodes;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile.ScopeTexts;
import dk.borgerraadgiver.organisation.MunicipalityRefusedException;
import dk.borgerraadgiver.organisation.MunicipalitySettings;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.SizeLimitedUpload;
import dk.borgerraadgiver.shared.ui.UploadTexts;
import com.vaadin.flow.component.upload.Upload;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Create a municipality, or edit one the administrator serves: contact details, promises, colour, pause. */
@Route("backoffice/administration/kommune/:id?")
@RolesAllowed(StaffRoles.ADMIN)
class MunicipalityFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MunicipalityAdministration administration;
    private final MunicipalitySetup setup;
    private final BookingRules bookingRules;
    private final MunicipalityDirectory directory;
    private static final long MAX_LOGO_BYTES = 2 * 1024 * 1024;
    private @Nullable Long municipalityId;

    MunicipalityFormView(MunicipalityAdministration administration, MunicipalitySetup setup, BookingRules bookingRules,
                         MunicipalityDirectory directory) {
        this.directory = directory;
        this.bookingRules = bookingRules;
        this.administration = administration;
        this.setup = setup;
        addClassName("backoffice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        municipalityId = event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).orElse(null);
        render();
    }

    private void render() {
        removeAll();
        var editing = municipalityId != null;
        var settings = editing ? administration.settings(municipalityId) : new MunicipalitySettings();
        var errors = new ErrorSummary();
        var binder = new Binder<MunicipalitySettings>();

        var code = new TextField(getTranslation("admin.municipality.code"));
        code.setHelperText(getTranslation("admin.municipality.code.help"));
        code.setReadOnly(editing);
        code.setMaxLength(3);
        code.setAllowedCharPattern("[0-9]");
        var name = new TextField(getTranslation("admin.municipality.name"));
        name.setMaxLength(100);
        var slug = new TextField(getTranslation("admin.municipality.slug"));
        slug.setHelperText(getTranslation("admin.municipality.slug.help"));
        slug.setMaxLength(40);
        code.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        code.addValueChangeListener(change -> {
            if (!editing && name.isEmpty()) {
                administration.officialName(change.getValue()).ifPresent(official -> {
                    name.setValue(official);
                    slug.setValue(MunicipalityCodes.slugFor(official));
                });
            }
        });
        var phone = new TextField(getTranslation("admin.municipality.phone"));
        var email = new TextField(getTranslation("admin.municipality.email"));
        var address = new TextArea(getTranslation("admin.municipality.address") + " " + getTranslation("form.optional"));
        address.setMaxLength(300);
        var hoursDa = new TextField(getTranslation("admin.municipality.hoursDa"));
        hoursDa.setMaxLength(300);
        var hoursEn = new TextField(getTranslation("admin.municipality.hoursEn"));
        hoursEn.setMaxLength(300);
        var callback = new IntegerField(getTranslation("admin.municipality.callback"));
        callback.setHelperText(getTranslation("admin.municipality.callback.help"));
        callback.setStepButtonsVisible(true);
        var ageLimit = new IntegerField(getTranslation("admin.municipality.ageLimit"));
        ageLimit.setHelperText(getTranslation("admin.municipality.ageLimit.help"));
        ageLimit.setStepButtonsVisible(true);
        var colour = new TextField(getTranslation("admin.municipality.colour"));
        colour.setHelperText(getTranslation("admin.municipality.colour.help"));
        colour.setMaxLength(7);
        var swatch = new Span();
        swatch.addClassName("colour-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        colour.setSuffixComponent(swatch);
        colour.addValueChangeListener(change -> swatch.getStyle().set("background",
                change.getValue().matches("#[0-9a-fA-F]{6}") ? change.getValue() : "transparent"));
        var statement = new TextField(getTranslation("admin.municipality.statement") + " " + getTranslation("form.optional"));
        statement.setHelperText(getTranslation("admin.municipality.statement.help"));
        var paused = new Checkbox(getTranslation("admin.municipality.paused"));
        var canHelpDa = scopeText("admin.municipality.canHelpDa");
        var canHelpEn = scopeText("admin.municipality.canHelpEn");
        var cannotHelpDa = scopeText("admin.municipality.cannotHelpDa");
        var cannotHelpEn = scopeText("admin.municipality.cannotHelpEn");
        var da = Locale.of("da");
        var standardCanDa = standard(ScopeTexts.STANDARD_CAN_HELP, da);
        var standardCanEn = standard(ScopeTexts.STANDARD_CAN_HELP, Locale.ENGLISH);
        var standardCannotDa = standard(ScopeTexts.STANDARD_CANNOT_HELP, da);
        var standardCannotEn = standard(ScopeTexts.STANDARD_CANNOT_HELP, Locale.ENGLISH);
        var scheme = new PortalSelect<SchemePreset>();
        scheme.setLabel(getTranslation("admin.municipality.scheme"));
        scheme.setItems(SchemePreset.values());
        scheme.setItemLabelGenerator(preset -> getTranslation("admin.scheme." + preset.name()));
        scheme.setValue(SchemePreset.OMBUDSMAN);
        if (editing) {
            scheme.setReadOnly(true);
            scheme.setHelperText(getTranslation("admin.municipality.scheme.fixed"));
            setup.scheme(municipalityId).ifPresentOrElse(scheme::setValue, () -> scheme.setValue(null));
        }

        binder.forField(code).asRequired(getTranslation("admin.municipality.error.code"))
                .withValidator(value -> value.matches("\\d{3}"), getTranslation("admin.municipality.error.code"))
                .bind(MunicipalitySettings::getCode, MunicipalitySettings::setCode);
        binder.forField(name).asRequired(getTranslation("admin.municipality.error.name"))
                .bind(MunicipalitySettings::getName, MunicipalitySettings::setName);
        binder.forField(slug).bind(MunicipalitySettings::getSlug, MunicipalitySettings::setSlug);
        binder.forField(phone).asRequired(getTranslation("admin.municipality.error.phone"))
                .withValidator(PhoneNumber::isValid, getTranslation("admin.municipality.error.phone"))
                .bind(MunicipalitySettings::getContactPhone, MunicipalitySettings::setContactPhone);
        binder.forField(email).asRequired(getTranslation("admin.municipality.error.email"))
                .withValidator(EmailAddress::isValid, getTranslation("admin.municipality.error.email"))
                .bind(MunicipalitySettings::getContactEmail, MunicipalitySettings::setContactEmail);
        binder.forField(address).bind(MunicipalitySettings::getPostalAddress, MunicipalitySettings::setPostalAddress);
        binder.forField(hoursDa).asRequired(getTranslation("admin.municipality.error.hours"))
                .bind(MunicipalitySettings::getPhoneHoursDanish, MunicipalitySettings::setPhoneHoursDanish);
        binder.forField(hoursEn).asRequired(getTranslation("admin.municipality.error.hours"))
                .bind(MunicipalitySettings::getPhoneHoursEnglish, MunicipalitySettings::setPhoneHoursEnglish);
        binder.forField(callback).asRequired(getTranslation("admin.municipality.error.callback"))
                .withValidator(days -> days >= 0 && days <= 30, getTranslation("admin.municipality.error.callback"))
                .bind(MunicipalitySettings::getCallbackWorkingDays, MunicipalitySettings::setCallbackWorkingDays);
        binder.forField(ageLimit).asRequired(getTranslation("admin.municipality.error.ageLimit"))
                .withValidator(months -> months >= 1 && months <= 120, getTranslation("admin.municipality.error.ageLimit"))
                .bind(MunicipalitySettings::getComplaintAgeLimitMonths, MunicipalitySettings::setComplaintAgeLimitMonths);
        binder.forField(colour).asRequired(getTranslation("admin.municipality.error.colourSyntax"))
                .withValidator(value -> value.strip().matches("#[0-9a-fA-F]{6}"), getTranslation("admin.municipality.error.colourSyntax"))
                .bind(MunicipalitySettings::getAccentColour, MunicipalitySettings::setAccentColour);
        binder.forField(statement).bind(MunicipalitySettings::getAccessibilityStatementUrl,
                MunicipalitySettings::setAccessibilityStatementUrl);
        binder.forField(paused).bind(MunicipalitySettings::isPaused, MunicipalitySettings::setPaused);
        // Shown with the standard text when the municipality has none; kept empty (standard) unless changed.
        binder.forField(canHelpDa).bind(m -> orStandard(m.getCanHelpDanish(), standardCanDa),
                (m, v) -> m.setCanHelpDanish(ownOnly(v, standardCanDa)));
        binder.forField(canHelpEn).bind(m -> orStandard(m.getCanHelpEnglish(), standardCanEn),
                (m, v) -> m.setCanHelpEnglish(ownOnly(v, standardCanEn)));
        binder.forField(cannotHelpDa).bind(m -> orStandard(m.getCannotHelpDanish(), standardCannotDa),
                (m, v) -> m.setCannotHelpDanish(ownOnly(v, standardCannotDa)));
        binder.forField(cannotHelpEn).bind(m -> orStandard(m.getCannotHelpEnglish(), standardCannotEn),
                (m, v) -> m.setCannotHelpEnglish(ownOnly(v, standardCannotEn)));
        binder.readBean(settings);
        if (editing) {
            setup.scheme(municipalityId).ifPresent(scheme::setValue);
        } else {
            scheme.setValue(SchemePreset.OMBUDSMAN);
        }

        Map<String, Component> fields = Map.ofEntries(Map.entry("code", code), Map.entry("name", name),
                Map.entry("slug", slug), Map.entry("contactPhone", phone), Map.entry("contactEmail", email),
                Map.entry("postalAddress", address), Map.entry("phoneHoursDanish", hoursDa),
                Map.entry("callbackWorkingDays", callback), Map.entry("complaintAgeLimitMonths", ageLimit),
                Map.entry("accentColour", colour), Map.entry("accessibilityStatementUrl", statement),
                Map.entry("canHelpDanish", canHelpDa));
        var save = new Button(getTranslation(editing ? "admin.save" : "admin.municipality.create"), click -> {
            if (!errors.check(binder) || !binder.writeBeanIfValid(settings)) {
                return;
            }
            try {
                if (editing) {
                    administration.update(municipalityId, settings);
                    Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
                } else {
                    var id = setup.create(settings, scheme.getValue());
                    Notification.show(getTranslation("admin.municipality.created", settings.getName()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    UI.getCurrent().navigate("backoffice/administration/kommuner");
                    municipalityId = id;
                }
            } catch (MunicipalityRefusedException refused) {
                errors.refuse(getTranslation(refused.messageKey(), refused.arguments()),
                        fields.getOrDefault(refused.field(), name));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.add(code, name, slug, scheme, phone, email, hoursDa, hoursEn, callback, ageLimit, colour, statement);
        form.add(address, 2);
        form.add(canHelpDa, canHelpEn, cannotHelpDa, cannotHelpEn);
        form.add(paused, 2);
        add(new H1(editing ? settings.getName() : getTranslation("admin.municipality.new")), errors,
                new Paragraph(getTranslation(editing ? "admin.municipality.editLead" : "admin.municipality.newLead")),
                form, save, new Anchor("backoffice/administration/kommuner", getTranslation("admin.municipality.back")));
        if (editing) {
            add(logoForm(municipalityId));
            add(bookingRulesForm(municipalityId, settings.getName()));
            add(new H2(getTranslation("admin.municipality.more")), links(municipalityId));
        }
    }

    private Div logoForm(long id) {
        var status = new Paragraph(getTranslation(directory.logo(id).isPresent() ? "admin.logo.present" : "admin.logo.none"));
        status.getElement().setAttribute("role", "status");
        var errors = new ErrorSummary();
        var upload = new Upload(new SizeLimitedUpload(MAX_LOGO_BYTES, (name, file) -> {
            try {
                administration.setLogo(id, file);
                errors.clear();
                status.setText(getTranslation("admin.logo.saved"));
            } catch (MunicipalityRefusedException refused) {
                errors.refuse(getTranslation(refused.messageKey(), refused.arguments()), status);
            } finally {
                deleteQuietly(file);
            }
        }, name -> errors.refuse(getTranslation("admin.municipality.error.logoTooLarge"), status)));
        upload.setAcceptedFileTypes("image/png", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_LOGO_BYTES);
        upload.setI18n(UploadTexts.of(this));
        upload.getElement().setAttribute("aria-label", getTranslation("admin.logo.upload"));
        upload.addAllFinishedListener(done -> upload.clearFileList());
        var remove = new Button(getTranslation("admin.logo.remove"), click -> {
            administration.removeLogo(id);
            status.setText(getTranslation("admin.logo.none"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Div(new H2(getTranslation("admin.logo.title")), errors, new Paragraph(getTranslation("admin.logo.lead")),
                status, upload, remove);
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // a temp file of the upload; the operating system cleans its temp folder
        }
    }

    private static final class RulesAnswers {
        private Integer cutoffHours = 2;
        private Integer maxActive = 2;
    }

    private Div bookingRulesForm(long id, String municipalityName) {
        var errors = new ErrorSummary();
        var current = bookingRules.rules(id);
        var cutoff = new IntegerField(getTranslation("admin.bookingRules.cutoff"));
        cutoff.setHelperText(getTranslation("admin.bookingRules.cutoff.help"));
        cutoff.setStepButtonsVisible(true);
        var maxActive = new IntegerField(getTranslation("admin.bookingRules.maxActive"));
        maxActive.setHelperText(getTranslation("admin.bookingRules.maxActive.help"));
        maxActive.setStepButtonsVisible(true);
        var binder = new Binder<RulesAnswers>();
        binder.forField(cutoff).asRequired(getTranslation("admin.bookingRules.error.cutoff", BookingRules.MAX_CUTOFF_HOURS))
                .withValidator(h -> h >= 0 && h <= BookingRules.MAX_CUTOFF_HOURS,
                        getTranslation("admin.bookingRules.error.cutoff", BookingRules.MAX_CUTOFF_HOURS))
                .bind(a -> a.cutoffHours, (a, v) -> a.cutoffHours = v);
        binder.forField(maxActive).asRequired(getTranslation("admin.bookingRules.error.maxActive", BookingRules.MAX_ACTIVE_BOOKINGS))
                .withValidator(n -> n >= 1 && n <= BookingRules.MAX_ACTIVE_BOOKINGS,
                        getTranslation("admin.bookingRules.error.maxActive", BookingRules.MAX_ACTIVE_BOOKINGS))
                .bind(a -> a.maxActive, (a, v) -> a.maxActive = v);
        var answers = new RulesAnswers();
        answers.cutoffHours = current.cancellationCutoffHours();
        answers.maxActive = current.maxActiveBookingsPerCitizen();
        binder.readBean(answers);
        var save = new Button(getTranslation("admin.bookingRules.save"), click -> {
            if (!errors.check(binder) || !binder.writeBeanIfValid(answers)) {
                return;
            }
            bookingRules.change(id, municipalityName, new BookingRules.Rules(answers.cutoffHours, answers.maxActive));
            Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        var fields = new Div(cutoff, maxActive);
        fields.addClassName("inline-form");
        return new Div(new H2(getTranslation("admin.bookingRules.title")), errors,
                new Paragraph(getTranslation("admin.bookingRules.lead")), fields, save);
    }

    private TextArea scopeText(String labelKey) {
        var area = new TextArea(getTranslation(labelKey));
        area.setHelperText(getTranslation("admin.municipality.scopeText.help"));
        area.setMaxLength(4000);
        area.setMinRows(4);
        return area;
    }

    private String standard(java.util.List<String> keys, Locale locale) {
        return String.join("\n", keys.stream().map(key -> getTranslation(locale, key)).toList());
    }

    private static String orStandard(String own, String standard) {
        return own.isBlank() ? standard : own;
    }

    private static String ownOnly(String value, String standard) {
        return value.strip().equals(standard.strip()) ? "" : value;
    }

    private Div links(long id) {
        var links = new Div(new Anchor("backoffice/administration/afdelinger?kommune=" + id, getTranslation("menu.adminDepartments")),
                new Anchor("backoffice/administration/moedesteder?kommune=" + id, getTranslation("menu.adminPlaces")),
                new Anchor("backoffice/administration/log?kommune=" + id, getTranslation("menu.adminLog")));
        links.addClassName("admin-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(municipalityId == null ? "admin.municipality.new" : "admin.municipality.edit")
                + " – " + getTranslation("backoffice.title");
    }
}
