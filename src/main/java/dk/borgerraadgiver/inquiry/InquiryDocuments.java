package dk.borgerraadgiver.inquiry;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import dk.borgerraadgiver.inquiry.internal.Inquiry;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachmentRepository;
import dk.borgerraadgiver.shared.PortalTime;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;
import java.util.stream.Stream;

/** PDFs for the citizen: the power-of-attorney form to print and sign, and the receipt of what was sent. */
@Service
public class InquiryDocuments {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private final MessageSource messages;
    private final InquiryFollow follow;
    private final InquiryAttachmentRepository attachments;

    InquiryDocuments(MessageSource messages, InquiryFollow follow, InquiryAttachmentRepository attachments) {
        this.messages = messages;
        this.follow = follow;
        this.attachments = attachments;
    }

    /** The fuldmagt, pre-filled with who grants it and to whom, with lines for date and signature. */
    public byte[] powerOfAttorney(String grantorName, String agentName, String municipalityName, Locale locale) {
        return pdf(document -> {
            document.add(paragraph(text("poa.pdf.title", locale), TITLE));
            document.add(paragraph(text("poa.pdf.grantor", locale, blankIfEmpty(grantorName)), BODY));
            document.add(paragraph(text("poa.pdf.agent", locale, blankIfEmpty(agentName)), BODY));
            document.add(paragraph(text("poa.pdf.scope", locale, municipalityName), BODY));
            document.add(paragraph(text("poa.pdf.withdraw", locale), BODY));
            document.add(paragraph(text("poa.pdf.date", locale), BODY));
            document.add(paragraph(text("poa.pdf.signature", locale, blankIfEmpty(grantorName)), BODY));
        });
    }

    /** Everything the citizen sent, for their own records; only through their private link. */
    @Transactional(readOnly = true)
    public Optional<byte[]> receipt(String followToken) {
        return follow.inquiry(followToken).map(inquiry -> receiptOf(inquiry, follow.status(inquiry)));
    }

    /**
     * The same receipt for the case that grew from the inquiry; the casework module calls it only
     * after the citizen has given the one-time code of their secure messages.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> receiptForVerifiedCitizen(long inquiryId) {
        return follow.inquiryById(inquiryId).map(inquiry -> receiptOf(inquiry, follow.status(inquiry)));
    }

    private byte[] receiptOf(Inquiry inquiry, InquiryStatus status) {
        var locale = status.language();
        var when = DateTimeFormatter.ofPattern("d. MMMM yyyy HH:mm", locale).withZone(PortalTime.ZONE);
        return pdf(document -> {
            document.add(paragraph(text("receipt.pdf.title", locale, status.municipalityName()), TITLE));
            document.add(paragraph(text("receipt.pdf.reference", locale, status.reference(), when.format(status.submittedAt())), BODY));
            section(document, text("receipt.pdf.need", locale), text("inquiry.need." + inquiry.need().name(), locale));
            section(document, text("receipt.pdf.about", locale), inquiry.subjectName() == null
                    ? text("inquiry.representation.SELF", locale)
                    : text("inquiry.representation." + inquiry.representation().name(), locale) + ": " + inquiry.subjectName());
            section(document, text("receipt.pdf.description", locale), inquiry.description());
            if (inquiry.desiredOutcome() != null && !inquiry.desiredOutcome().isBlank()) {
                section(document, text("receipt.pdf.outcome", locale), inquiry.desiredOutcome());
            }
            section(document, text("receipt.pdf.contact", locale), String.join(", ", Stream.of(
                    inquiry.contactName(), inquiry.contactEmail(), inquiry.contactPhone()).filter(Objects::nonNull).toList()));
            var files = attachments.findByInquiryIdOrderById(inquiry.id());
            section(document, text("receipt.pdf.files", locale), files.isEmpty() ? "–"
                    : String.join("\n", files.stream().map(f -> f.originalName()).toList()));
        });
    }

    private interface Content {
        void write(Document document) throws Exception;
    }

    private static byte[] pdf(Content content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.write(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void section(Document document, String heading, String body) {
        document.add(paragraph(heading, HEADING));
        document.add(paragraph(body, BODY));
    }

    private static Paragraph paragraph(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(10);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private static String blankIfEmpty(String name) {
        return name == null || name.isBlank() ? "______________________________" : name;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
