package dk.borgerraadgiver.notification.internal;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

import dk.borgerraadgiver.casework.CaseworkEvents;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mail about secure messages: "you have a new message" to the citizen (the private link, never the
 * content) and "the citizen answered" to the advisor (a back-office link).
 */
@Component
class CaseMails {

    private final MailLayout layout;
    private final PublicLinks links;
    private final CitizenMessages messages;
    private final MunicipalityDirectory municipalities;
    private final MailDispatcher dispatcher;
    private final MessageSource texts;

    CaseMails(CitizenMessages messages, MunicipalityDirectory municipalities, MailDispatcher dispatcher, MessageSource texts, MailLayout layout,
            PublicLinks links) {
        this.layout = layout;
        this.links = links;
        this.messages = messages;
        this.municipalities = municipalities;
        this.dispatcher = dispatcher;
        this.texts = texts;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseworkEvents.CaseMessageSent event) {
        dispatcher.dispatch("case-message:" + event.messageId(), "CASE_MESSAGE", event.municipalityId(),
                () -> newMessage(event.caseId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseworkEvents.CitizenReplied event) {
        dispatcher.dispatch("case-reply:" + event.messageId(), "CASE_REPLY", event.municipalityId(),
                () -> replyNotice(event.caseId()));
    }

    private Optional<OutgoingMail> newMessage(long caseId) {
        var found = messages.notice(caseId);
        if (found.isEmpty() || found.get().email() == null) {
            return Optional.empty();
        }
        var notice = found.get();
        var municipality = municipalities.findById(notice.municipalityId()).orElseThrow();
        var locale = notice.language();
        var link = links.messages(notice.linkToken());
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.greeting", locale, notice.citizenName()));
        paragraphs.add(text("mail.message.intro", locale, notice.reference()));
        paragraphs.add(text("mail.message.link", locale, link));
        paragraphs.add(text("mail.signature", locale, municipality.name(), municipality.contactPhone(),
                municipality.contactEmail()));
        return Optional.of(new OutgoingMail(notice.email(), municipality.contactEmail(),
                text("mail.sender", locale, municipality.name()), text("mail.message.subject", locale, notice.reference()),
                MailLayout.text(paragraphs), layout.html(paragraphs), null));
    }

    private Optional<OutgoingMail> replyNotice(long caseId) {
        var notice = messages.notice(caseId).orElseThrow();
        var municipality = municipalities.findById(notice.municipalityId()).orElseThrow();
        var locale = PortalLanguages.DANISH;
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.reply.intro", locale, notice.reference(), municipality.name()));
        paragraphs.add(text("mail.inquiry.notice.link", locale,
                links.backOfficeCase(caseId)));
        return Optional.of(new OutgoingMail(municipality.contactEmail(), municipality.contactEmail(),
                text("mail.sender", locale, municipality.name()), text("mail.reply.subject", locale, notice.reference()),
                MailLayout.text(paragraphs), layout.html(paragraphs), null));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, arguments, locale);
    }
}
