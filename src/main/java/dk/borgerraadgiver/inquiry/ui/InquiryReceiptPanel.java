package dk.borgerraadgiver.inquiry.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.borgerraadgiver.security.CitizenIdentity;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.inquiry.InquiryReceipt;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.ui.DownloadLink;

/**
 * The receipt after an inquiry was stored: the reference number, when it arrived, what happens next,
 * the receipt as PDF and the private follow link, and a reminder when a power of attorney is still due.
 */
class InquiryReceiptPanel extends Div {

    InquiryReceiptPanel(String heading, InquiryReceipt receipt, String email, boolean powerOfAttorneyMissing,
                        InquiryDocuments documents) {
        var panel = new Div(new H1(heading), new Paragraph(getTranslation("inquiry.done.reference")));
        panel.addClassName("confirmation-panel");
        var reference = new Span(receipt.reference());
        reference.addClassName("reference");
        panel.add(reference);
        var when = DateTimeFormatter.ofPattern(getTranslation("format.dateTime"), getLocale()).withZone(PortalTime.ZONE);
        var pdf = DownloadLink.of(getTranslation("inquiry.done.pdf"), "kvittering-" + receipt.reference() + ".pdf",
                "application/pdf", () -> documents.receipt(receipt.followToken()).orElseThrow());
        pdf.addClassNames("button-link", "button-link--secondary");
        var follow = new Anchor(PublicLinks.inquiryPath(receipt.followToken()), getTranslation("inquiry.done.follow"));
        var next = new UnorderedList(new ListItem(getTranslation("inquiry.done.step1", receipt.callbackWorkingDays())),
                new ListItem(getTranslation("inquiry.done.step2")), new ListItem(getTranslation("inquiry.done.step3")));
        add(panel, new Paragraph(getTranslation("inquiry.done.sent", when.format(receipt.submittedAt()))),
                new H2(getTranslation("booking.done.next")), next,
                new Paragraph(email.isEmpty() ? getTranslation("inquiry.done.noMail") : getTranslation("inquiry.done.mail", email)),
                new Div(pdf, follow));
        // A power of attorney from Digital Fuldmagt (with the MitID login) needs no document.
        if (powerOfAttorneyMissing && CitizenIdentity.current().map(identity -> !identity.hasDigitalPowerOfAttorney()).orElse(true)) {
            var reminder = new Paragraph(getTranslation("inquiry.done.poaLater"));
            reminder.addClassName("notice");
            add(reminder);
        }
    }
}
