package dk.borgerraadgiver.administration.ui;

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
import com.vaadin.flow.component.select.Select;
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
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalityCodes;
import dk.borgerraadgiver.organisation.MunicipalityRefusedException;
import dk.borgerraadgiver.organisation.MunicipalitySettings;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Create a municipality, or edit one the administrator serves: contact details, promises, colour, pause. */
@Route("backoffice/administration/kommune/:id?")
@RolesAllowed(StaffRoles.ADMIN)
class MunicipalityFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MunicipalityAdministration administration;
    private final MunicipalitySetup setup;
    private @Nullable Long municipalityId;

    MunicipalityFormView(MunicipalityAdministration administration, MunicipalitySetup setup) {
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
        var scheme = new Select<SchemePreset>();
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
                Map.entry("accentColour", colour), Map.entry("accessibilityStatementUrl", statement));
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
        form.add(paused, 2);
        add(new H1(editing ? settings.getName() : getTranslation("admin.municipality.new")), errors,
                new Paragraph(getTranslation(editing ? "admin.municipality.editLead" : "admin.municipality.newLead")),
                form, save, new Anchor("backoffice/administration/kommuner", getTranslation("admin.municipality.back")));
        if (editing) {
            add(new H2(getTranslation("admin.municipality.more")), links(municipalityId));
        }
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
