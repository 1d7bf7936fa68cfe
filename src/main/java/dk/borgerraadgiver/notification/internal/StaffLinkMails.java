package dk.borgerraadgiver.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.notification.NotificationProperties;
import dk.borgerraadgiver.security.StaffLinkMail;
import dk.borgerraadgiver.security.StaffLinkPurpose;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation to a new staff account and the password-reset mail, sent at once. The mail holds
 * the username and the single-use link, and never a password.
 */
@Component
class StaffLinkMails implements StaffLinkMail {

    private static final Locale DANISH = Locale.of("da");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DANISH)
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private final MailDispatcher dispatcher;
    private final MessageSource texts;
    private final MailLayout layout;
    private final NotificationProperties properties;

    StaffLinkMails(MailDispatcher dispatcher, MessageSource texts, MailLayout layout, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.texts = texts;
        this.layout = layout;
        this.properties = properties;
    }

    @Override
    public void send(StaffLinkMessage message) {
        var invitation = message.purpose() == StaffLinkPurpose.INVITATION;
        var paragraphs = List.of(
                text("mail.greeting", message.displayName()),
                text(invitation ? "mail.staffLink.invitation" : "mail.staffLink.reset", message.username()),
                message.link(),
                text("mail.staffLink.validity", WHEN.format(message.expiresAt())),
                text(invitation ? "mail.staffLink.invitationIgnore" : "mail.staffLink.resetIgnore"));
        dispatcher.sendNow(new OutgoingMail(message.to(), properties.senderAddress(), text("mail.staffLink.sender"),
                text(invitation ? "mail.staffLink.invitationSubject" : "mail.staffLink.resetSubject"),
                MailLayout.text(paragraphs), layout.html(paragraphs), null),
                invitation ? "STAFF_INVITATION" : "STAFF_PASSWORD_RESET");
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, DANISH);
    }
}
