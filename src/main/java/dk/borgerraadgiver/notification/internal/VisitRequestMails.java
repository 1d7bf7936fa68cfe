package dk.borgerraadgiver.notification.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

import dk.borgerraadgiver.booking.BookingEvents.VisitRequestAnswered;
import dk.borgerraadgiver.booking.BookingEvents.VisitRequested;
import dk.borgerraadgiver.booking.VisitRequestDetails;
import dk.borgerraadgiver.booking.VisitRequests;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.PortalTime;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails about home-visit requests: a receipt (never the reason the citizen gave) and the advisor's
 * answer. An accepted request is confirmed by the booking's own mail, with its invite.
 */
@Component
class VisitRequestMails {

    private final MailLayout layout;
    private final VisitRequests requests;
    private final MunicipalityDirectory municipalities;
    private final MailDispatcher dispatcher;
    private final MessageSource messages;

    VisitRequestMails(VisitRequests requests, MunicipalityDirectory municipalities, MailDispatcher dispatcher,
                      MessageSource messages, MailLayout layout) {
        this.layout = layout;
        this.requests = requests;
        this.municipalities = municipalities;
        this.dispatcher = dispatcher;
        this.messages = messages;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VisitRequested event) {
        dispatcher.dispatch("visit-requested:" + event.requestId(), "VISIT_REQUESTED", event.municipalityId(),
                () -> compose(event.requestId(), "received"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VisitRequestAnswered event) {
        dispatcher.dispatch("visit-answered:" + event.requestId(), "VISIT_ANSWERED", event.municipalityId(),
                () -> compose(event.requestId(), event.answer().name().toLowerCase(Locale.ROOT)));
    }

    private Optional<OutgoingMail> compose(long requestId, String kind) {
        var found = requests.detailsForNotice(requestId);
        if (found.isEmpty() || found.get().citizenEmail() == null) {
            return Optional.empty();
        }
        VisitRequestDetails request = found.get();
        var municipality = municipalities.findById(request.municipalityId()).orElseThrow();
        var locale = request.language();
        var key = "mail.visit." + kind;
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.greeting", locale, request.citizenName()));
        paragraphs.add(text(key + ".intro", locale, request.reference(), municipality.callbackWorkingDays()));
        if ("received".equals(kind)) {
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale);
            var times = request.proposed().stream().map(time -> "– " + format.format(time.atZone(PortalTime.ZONE))).toList();
            paragraphs.add(text("mail.visit.proposed", locale) + "\n" + String.join("\n", times));
        } else if (request.advisorMessage() != null && !request.advisorMessage().isBlank()) {
            paragraphs.add(text("mail.visit.message", locale) + "\n" + request.advisorMessage());
        }
        paragraphs.add(text("mail.signature", locale, municipality.name(), municipality.contactPhone(),
                municipality.contactEmail()));
        return Optional.of(new OutgoingMail(request.citizenEmail(), municipality.contactEmail(),
                text("mail.sender", locale, municipality.name()), text(key + ".subject", locale, request.reference()),
                MailLayout.text(paragraphs), layout.html(paragraphs), null));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
