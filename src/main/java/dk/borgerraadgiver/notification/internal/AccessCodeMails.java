package dk.borgerraadgiver.notification.internal;

import java.util.ArrayList;
import java.util.Locale;

import dk.borgerraadgiver.casework.AccessCodeMail;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The one-time code for reading secure messages, sent at once; the mail holds the code and nothing else. */
@Component
class AccessCodeMails implements AccessCodeMail {

    private final MunicipalityDirectory municipalities;
    private final MailDispatcher dispatcher;
    private final MessageSource texts;
    private final MailLayout layout;

    AccessCodeMails(MunicipalityDirectory municipalities, MailDispatcher dispatcher, MessageSource texts, MailLayout layout) {
        this.layout = layout;
        this.municipalities = municipalities;
        this.dispatcher = dispatcher;
        this.texts = texts;
    }

    @Override
    public void send(String to, String citizenName, long municipalityId, String caseReference, String code,
                     Locale language) {
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.greeting", language, citizenName));
        paragraphs.add(text("mail.code.intro", language, code));
        paragraphs.add(text("mail.code.validity", language));
        dispatcher.sendNow(new OutgoingMail(to, municipality.contactEmail(), text("mail.sender", language, municipality.name()),
                text("mail.code.subject", language, caseReference), MailLayout.text(paragraphs),
                layout.html(paragraphs), null), "CASE_ACCESS_CODE");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, arguments, locale);
    }
}
