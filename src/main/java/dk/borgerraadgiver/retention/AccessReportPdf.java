package dk.borgerraadgiver.retention;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.booking.CitizenMeetings.MeetingRecord;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.RetentionPolicies;
import dk.borgerraadgiver.shared.PortalTime;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The access report (GDPR art. 15) as a PDF the advisor can send: every case with what the citizen
 * wrote, the messages, the journal and the classification; every booking and visit request; what is
 * kept for the statistics, and for how long each kind is kept. The files themselves lie beside it in
 * the ZIP. A CPR number typed to find the citizen is never printed.
 */
@Component
class AccessReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);

    private final MessageSource messages;
    private final MunicipalityDirectory municipalities;
    private final RetentionPolicies policies;
    private final Clock clock;

    AccessReportPdf(MessageSource messages, MunicipalityDirectory municipalities, RetentionPolicies policies, Clock clock) {
        this.messages = messages;
        this.municipalities = municipalities;
        this.policies = policies;
        this.clock = clock;
    }

    byte[] write(CitizenRecords.Findings findings, List<CaseDetails> cases, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("access.pdf.title", locale));
            document.open();
            var page = new Page(document, locale);
            page.add(text("access.pdf.title", locale), TITLE);
            page.add(text("access.pdf.intro", locale, at(clock.instant(), locale)), BODY);
            page.add(text("access.pdf.cases", locale), HEADING);
            if (cases.isEmpty()) {
                page.add(text("access.pdf.none", locale), BODY);
            }
            cases.forEach(details -> writeCase(page, details));
            page.add(text("access.pdf.meetings", locale), HEADING);
            if (findings.meetings().isEmpty()) {
                page.add(text("access.pdf.none", locale), BODY);
            }
            findings.meetings().forEach(meeting -> writeMeeting(page, meeting));
            page.add(text("access.pdf.kept", locale), HEADING);
            page.add(text("access.pdf.statistics", locale), BODY);
            cases.stream().map(CaseDetails::municipalityId).distinct().forEach(id -> {
                var policy = policies.policy(id);
                page.add(text("access.pdf.periods", locale, municipalities.findById(id).orElseThrow().name(),
                        policy.caseYears(), policy.meetingMonths()), BODY);
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not write the access report", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void writeCase(Page page, CaseDetails details) {
        var locale = page.locale;
        page.add(text("access.pdf.case", locale, details.reference().isBlank() ? "#" + details.id() : details.reference(),
                details.municipalityName()), SUBHEADING);
        page.line("access.pdf.registered", at(details.registeredAt(), locale));
        page.line("access.pdf.status", text("case.status." + details.status().name(), locale));
        if (details.erasedAt() != null) {
            page.line("access.pdf.erased", at(details.erasedAt(), locale));
        }
        page.line("access.pdf.name", details.citizenName());
        page.line("access.pdf.email", details.citizenEmail());
        page.line("access.pdf.phone", details.citizenPhone());
        page.line("access.pdf.summary", details.summary());
        var inquiry = details.inquiry();
        if (inquiry != null) {
            page.line("access.pdf.onBehalfOf", inquiry.subjectName());
            page.line("access.pdf.description", inquiry.description());
            page.line("access.pdf.desiredOutcome", inquiry.desiredOutcome());
            inquiry.attachments().forEach(file -> page.line("access.pdf.file", file.name()));
        }
        details.points().forEach(point -> page.line("access.pdf.point",
                text("case.kind." + point.classification().kind().name(), locale)));
        details.messages().forEach(message -> {
            page.line("access.pdf.message", at(message.sentAt(), locale) + " · " + message.author() + ": " + message.body());
            message.files().forEach(file -> page.line("access.pdf.file", file.name()));
        });
        details.journal().forEach(note -> page.line("access.pdf.note", at(note.at(), locale) + " · " + note.text()));
    }

    private void writeMeeting(Page page, MeetingRecord meeting) {
        page.add(text(meeting.visitRequest() ? "access.pdf.visitRequest" : "access.pdf.booking", page.locale,
                meeting.reference(), meeting.meetingName()), SUBHEADING);
        page.line("access.pdf.time", at(meeting.at(), page.locale));
        page.line("access.pdf.name", meeting.citizenName());
        page.line("access.pdf.email", meeting.email());
        page.line("access.pdf.phone", meeting.phone());
        page.line("access.pdf.notes", meeting.notes());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String at(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(PortalTime.ZONE));
    }

    /** The document and its language, so that each line is one call. */
    private final class Page {
        final Document document;
        final Locale locale;

        Page(Document document, Locale locale) {
            this.document = document;
            this.locale = locale;
        }

        void add(String text, Font font) {
            var paragraph = new Paragraph(text, font);
            paragraph.setSpacingAfter(font == BODY ? 4 : 8);
            paragraph.setSpacingBefore(font == BODY ? 0 : 6);
            paragraph.setAlignment(Element.ALIGN_LEFT);
            document.add(paragraph);
        }

        void line(String labelKey, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                add(text(labelKey, locale) + ": " + value, BODY);
            }
        }
    }
}
