package dk.borgerraadgiver.administration.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.organisation.MeetingPlace;
import dk.borgerraadgiver.organisation.MeetingPlaceAdministration;
import dk.borgerraadgiver.organisation.MeetingPlaceAdministration.PlaceForm;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalityRefusedException;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Where the advisor meets citizens: add, edit and retire meeting places, with directions in both languages. */
@Route("backoffice/administration/moedesteder")
@Menu(order = 102, title = "menu.adminPlaces", icon = "vaadin:map-marker")
@RolesAllowed(StaffRoles.ADMIN)
class MeetingPlacesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingPlaceAdministration places;
    private final MunicipalityAdministration municipalities;
    private final Div content = new Div();
    private long municipalityId;

    MeetingPlacesView(MeetingPlaceAdministration places, MunicipalityAdministration municipalities) {
        this.places = places;
        this.municipalities = municipalities;
        addClassName("backoffice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var picker = new MunicipalityPicker(municipalities.served(), id -> {
            municipalityId = id;
            render();
        });
        add(new H1(getTranslation("menu.adminPlaces")), new Paragraph(getTranslation("admin.place.lead")), picker, content);
        picker.chooseFrom(event);
    }

    private void render() {
        content.removeAll();
        content.add(new H2(getTranslation("admin.place.list")));
        var list = places.places(municipalityId);
        if (list.isEmpty()) {
            content.add(new Paragraph(getTranslation("admin.place.none")));
        }
        for (var place : list) {
            var summary = new Span(place.name() + " – " + getTranslation("admin.placeKind." + place.kind().name())
                    + (place.active() ? "" : " (" + getTranslation("admin.retired") + ")"));
            var retire = new Button(getTranslation(place.active() ? "admin.retire" : "admin.reinstate"), click -> {
                places.retire(place.id(), place.active());
                Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            });
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var details = new Details(summary, form(place), retire);
            details.addClassName("hours-editor");
            content.add(details);
        }
        var addForm = form(null);
        addForm.addClassName("add-form");
        content.add(new H2(getTranslation("admin.place.addTitle")), addForm);
    }

    private Div form(@Nullable MeetingPlace place) {
        var errors = new ErrorSummary();
        var kind = new PortalSelect<LocationKind>();
        kind.setLabel(getTranslation("admin.place.kind"));
        kind.setItems(LocationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("admin.placeKind." + value.name()));
        kind.setReadOnly(place != null);
        var name = new TextField(getTranslation("admin.place.name"));
        name.setMaxLength(150);
        var street = new TextField(getTranslation("admin.place.street"));
        street.setMaxLength(150);
        var postalCode = new TextField(getTranslation("admin.place.postalCode"));
        postalCode.setMaxLength(4);
        postalCode.setAllowedCharPattern("[0-9]");
        var city = new TextField(getTranslation("admin.place.city"));
        city.setMaxLength(60);
        var directionsDa = new TextField(getTranslation("admin.place.directionsDa") + " " + getTranslation("form.optional"));
        directionsDa.setMaxLength(500);
        var directionsEn = new TextField(getTranslation("admin.place.directionsEn") + " " + getTranslation("form.optional"));
        directionsEn.setMaxLength(500);
        var stepFree = new Checkbox(getTranslation("admin.place.stepFree"));
        var binder = new Binder<PlaceForm>();
        // Not asRequired(): it puts aria-required on the select's button, which axe refuses.
        binder.forField(kind).withValidator(value -> value != null, getTranslation("admin.place.error.kind"))
                .bind(PlaceForm::getKind, PlaceForm::setKind);
        binder.forField(name).asRequired(getTranslation("admin.place.error.name")).bind(PlaceForm::getName, PlaceForm::setName);
        binder.forField(street).withValidator(v -> kind.getValue() == LocationKind.CITIZEN_HOME || !v.isBlank(),
                getTranslation("admin.place.error.street")).bind(PlaceForm::getStreet, PlaceForm::setStreet);
        binder.forField(postalCode).withValidator(v -> kind.getValue() == LocationKind.CITIZEN_HOME || v.strip().matches("\\d{4}"),
                getTranslation("admin.place.error.postalCode")).bind(PlaceForm::getPostalCode, PlaceForm::setPostalCode);
        binder.forField(city).withValidator(v -> kind.getValue() == LocationKind.CITIZEN_HOME || !v.isBlank(),
                getTranslation("admin.place.error.city")).bind(PlaceForm::getCity, PlaceForm::setCity);
        binder.forField(directionsDa).bind(PlaceForm::getDirectionsDanish, PlaceForm::setDirectionsDanish);
        binder.forField(directionsEn).bind(PlaceForm::getDirectionsEnglish, PlaceForm::setDirectionsEnglish);
        binder.forField(stepFree).bind(PlaceForm::isStepFree, PlaceForm::setStepFree);
        var bean = place == null ? new PlaceForm() : PlaceForm.of(place);
        binder.readBean(bean);
        Map<String, Component> fields = Map.of("name", name, "street", street, "postalCode", postalCode, "city", city,
                "directionsDanish", directionsDa);
        var save = new Button(getTranslation(place == null ? "admin.place.add" : "admin.save"), click -> {
            if (!errors.check(binder) || !binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                if (place == null) {
                    places.add(municipalityId, bean);
                } else {
                    places.update(place.id(), bean);
                }
                Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (MunicipalityRefusedException refused) {
                errors.refuse(getTranslation(refused.messageKey(), refused.arguments()), fields.getOrDefault(refused.field(), name));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new FormLayout(kind, name, street, postalCode, city, directionsDa, directionsEn, stepFree);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return new Div(errors, layout, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminPlaces") + " – " + getTranslation("backoffice.title");
    }
}
