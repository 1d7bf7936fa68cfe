package dk.borgerraadgiver.booking.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.booking.BookingRefusedException;
import dk.borgerraadgiver.booking.SlotTakenException;
import dk.borgerraadgiver.booking.VisitRequestDetails;
import dk.borgerraadgiver.booking.VisitRequestStatus;
import dk.borgerraadgiver.booking.VisitRequests;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.Stream;

/** Home-visit requests: accept a proposed time (it is booked at once), propose another, or decline. */
@Route("backoffice/hjemmebesoeg")
@Menu(order = 20, title = "menu.visitRequests", icon = "vaadin:home-o")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class VisitRequestsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final VisitRequests requests;

    VisitRequestsView(VisitRequests requests) {
        this.requests = requests;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("requests.heading")));
        var all = requests.forMyMunicipalities();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("requests.empty")));
        }
        var format = DateTimeFormatter.ofPattern("EEE d. MMM yyyy HH:mm", getLocale()).withZone(PortalTime.ZONE);
        for (VisitRequestDetails request : all) {
            var card = new Div();
            card.addClassName("request-card");
            card.add(new H2(request.reference() + " · " + request.citizenName() + " · " + request.municipalityName()),
                    new Paragraph(getTranslation("requests.status") + ": " + getTranslation("requests.status." + request.status().name())),
                    new Paragraph(getTranslation("requests.received") + ": " + format.format(request.createdAt())),
                    new Paragraph(String.join(" · ", Stream.of(request.citizenPhone(), request.citizenEmail())
                            .filter(Objects::nonNull).toList())),
                    new Paragraph(getTranslation("requests.place") + ": " + request.place()),
                    new Paragraph(getTranslation("requests.reason") + ": " + request.reason()));
            if (request.status() == VisitRequestStatus.REQUESTED) {
                var actions = new Div();
                actions.addClassName("form-actions");
                for (Instant proposed : request.proposed()) {
                    var accept = new Button(getTranslation("requests.accept", format.format(proposed)), click -> {
                        try {
                            var confirmation = requests.accept(request.id(), proposed);
                            Notification.show(getTranslation("requests.accepted", confirmation.reference()))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            render();
                        } catch (SlotTakenException | BookingRefusedException e) {
                            Notification.show(getTranslation("booking.error.taken")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                        }
                    });
                    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    actions.add(accept);
                }
                var message = new TextArea(getTranslation("requests.message"));
                message.setMaxLength(500);
                message.setWidthFull();
                var other = new Button(getTranslation("requests.proposeOther"), click -> answer(request, VisitRequestStatus.OTHER_TIME_PROPOSED, message.getValue()));
                var decline = new Button(getTranslation("requests.decline"), click -> answer(request, VisitRequestStatus.DECLINED, message.getValue()));
                decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
                card.add(actions, message, new Div(other, decline));
            }
            add(card);
        }
    }

    private void answer(VisitRequestDetails request, VisitRequestStatus answer, String message) {
        requests.answer(request.id(), answer, message);
        Notification.show(getTranslation("requests.answered")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.heading") + " – " + getTranslation("backoffice.title");
    }
}
