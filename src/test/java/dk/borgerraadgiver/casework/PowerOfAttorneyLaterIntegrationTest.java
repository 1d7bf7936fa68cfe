package dk.borgerraadgiver.casework;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryFollow;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestClients;
import dk.borgerraadgiver.support.TestSmtp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A daughter complains for her mother and sends the power of attorney later: the follow link leads
 * her to the case's secure messages, where a one-time code opens her receipt (with the reference) and
 * a reply with the signed power of attorney makes the case say "received".
 */
@PortalIntegrationTest
class PowerOfAttorneyLaterIntegrationTest {

    @Autowired
    InquiryIntake intake;
    @Autowired
    InquiryFollow follow;
    @Autowired
    CitizenMessages messages;
    @Autowired
    AttachmentStaging staging;
    @Autowired
    CaseReader caseReader;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void a_power_of_attorney_sent_later_behind_the_one_time_code_marks_the_case_received_and_the_receipt_holds_the_reference()
            throws Exception {
        var email = "datter.senere." + System.nanoTime() + "@example.dk";
        var receipt = intake.submit(new InquirySubmission("ishoj", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.POWER_OF_ATTORNEY, "Mor Senere", false, "Min mor har ikke fået svar", null, "Datter Senere",
                email, null, PreferredContact.MAIL, false, Locale.of("da"), List.of()), TestClients.next());
        await().until(() -> caseId(receipt.reference()) != null);
        long caseId = caseId(receipt.reference());
        SignedIn.as("bo", "ADVISOR");
        assertThat(caseReader.refresh(caseId).poaStatus()).isEqualTo(PowerOfAttorneyStatus.MISSING);
        SignedIn.signOut();

        var followPage = follow.findByLink(receipt.followToken()).orElseThrow();
        var token = followPage.messagesPath().substring("/besked/".length());
        // The receipt goes out after the submission on its own; count from after it, or the code mail's count races it.
        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo(email)).isNotEmpty());
        int mailsBefore = TestSmtp.messagesTo(email).size();
        assertThat(messages.sendCode(token)).isTrue();
        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo(email)).hasSize(mailsBefore + 1));
        var code = Pattern.compile("engangskode er: (\\d{6})")
                .matcher(String.join("\n", Mails.textParts(TestSmtp.messagesTo(email).getLast())));
        assertThat(code.find()).isTrue();
        var ticket = messages.verifyCode(token, code.group(1)).orElseThrow();

        try (var document = Loader.loadPDF(messages.receipt(token, ticket).orElseThrow())) {
            assertThat(new PDFTextStripper().getText(document)).contains(receipt.reference(), "Min mor har ikke fået svar");
        }
        var file = staging.stage("fuldmagt.pdf", new ByteArrayInputStream(Fixtures.pdf("Fuldmagt underskrevet")),
                AttachmentKind.POWER_OF_ATTORNEY, List.of(), Fixtures.uploader());
        messages.reply(token, ticket, "Her er fuldmagten", List.of(file));

        SignedIn.as("bo", "ADVISOR");
        var details = caseReader.refresh(caseId);
        assertThat(details.poaStatus()).isEqualTo(PowerOfAttorneyStatus.RECEIVED);
        assertThat(details.timeline()).extracting(CaseDetails.TimelineEntry::type).contains(CaseEventType.POA_RECEIVED);
    }

    private Long caseId(String reference) {
        var ids = jdbc.queryForList("select id from case_file where reference = ? "
                + "and municipality_id = (select id from municipality where slug = 'ishoj')", Long.class, reference);
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
