package dk.borgerraadgiver.notification.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

import dk.borgerraadgiver.inquiry.notices.InquiryNotices;
import dk.borgerraadgiver.inquiry.InquirySubmitted;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The receipt for an inquiry (reference, date, what happens next, the private follow link) and the
 * advisor's "new inquiry" notice (a back-office link). Neither ever carries what the citizen wrote.
 */
@Component
class InquiryMails {

    private final MailLayout layout;
    private final PublicLinks links;
    private final InquiryNotices inquiries;
    private final MunicipalityDirectory municipalities;
    private final MailDispatcher dispatcher;
    private final MessageSource messages;

    InquiryMails(InquiryNotices inquiries, MunicipalityDirectory municipalities, MailDispatcher dispatcher, MessageSource messages, MailLayout layout,
            PublicLinks links) {
        this.layout = layout;
        this.links = links;
        this.inquiries = inquiries;
        this.municipalities = municipalities;
        this.dispatcher = dispatcher;
        this.messages = messages;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(InquirySubmitted event) {
        dispatcher.dispatchEach(
                new MailDispatcher.Planned("inquiry-receipt:" + event.inquiryId(), "INQUIRY_RECEIPT", event.municipalityId(),
                        () -> receipt(event.inquiryId())),
                new MailDispatcher.Planned("inquiry-advisor-notice:" + event.inquiryId(), "INQUIRY_ADVISOR_NOTICE",
                        event.municipalityId(), () -> advisorNotice(event.inquiryId())));
    }

    private Optional<OutgoingMail> receipt(long inquiryId) {
        var found = inquiries.status(inquiryId);
        if (found.isEmpty() || found.get().contactEmail() == null) {
            return Optional.empty();
        }
        var inquiry = found.get();
        var municipality = municipalities.findById(inquiry.municipalityId()).orElseThrow();
        var locale = inquiry.language();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(inquiry.submittedAt().atZone(PortalTime.ZONE));
        var link = links.inquiry(inquiries.followToken(inquiryId).orElseThrow());
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.greeting", locale, inquiry.contactName()));
        paragraphs.add(text("mail.inquiry.receipt.intro", locale, inquiry.reference(), when));
        paragraphs.add(text("mail.inquiry.receipt.next", locale, municipality.callbackWorkingDays()));
        paragraphs.add(text("mail.inquiry.receipt.follow", locale, link));
        paragraphs.add(text("mail.signature", locale, municipality.name(), municipality.contactPhone(),
                municipality.contactEmail()));
        return Optional.of(new OutgoingMail(inquiry.contactEmail(), municipality.contactEmail(),
                text("mail.sender", locale, municipality.name()),
                text("mail.inquiry.receipt.subject", locale, inquiry.reference()),
                MailLayout.text(paragraphs), layout.html(paragraphs), null));
    }

    private Optional<OutgoingMail> advisorNotice(long inquiryId) {
        var inquiry = inquiries.status(inquiryId).orElseThrow();
        var municipality = municipalities.findById(inquiry.municipalityId()).orElseThrow();
        var locale = PortalLanguages.DANISH;
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("mail.inquiry.notice.intro", locale, inquiry.reference(), municipality.name()));
        paragraphs.add(text("mail.inquiry.notice.link", locale, links.backOfficeSearch(inquiry.reference())));
        return Optional.of(new OutgoingMail(municipality.contactEmail(), municipality.contactEmail(),
                text("mail.sender", locale, municipality.name()),
                text("mail.inquiry.notice.subject", locale, inquiry.reference()),
                MailLayout.text(paragraphs), layout.html(paragraphs), null));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
