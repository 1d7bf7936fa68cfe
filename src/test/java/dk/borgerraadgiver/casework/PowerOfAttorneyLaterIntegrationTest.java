package dk.borgerraadgiver.casework;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.inquiry.InquiryFollow;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestClients;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A daughter complains for her mother and sends the power of attorney later through the follow link:
 * the case then says "received" and shows it on its timeline. Her receipt PDF holds the reference.
 */
@PortalIntegrationTest
class PowerOfAttorneyLaterIntegrationTest {

    @Autowired
    InquiryIntake intake;
    @Autowired
    InquiryFollow follow;
    @Autowired
    InquiryDocuments documents;
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
    void a_power_of_attorney_sent_later_marks_the_case_received_and_the_receipt_pdf_holds_the_reference() throws Exception {
        var receipt = intake.submit(new InquirySubmission("ishoj", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.POWER_OF_ATTORNEY, "Mor Senere", false, "Min mor har ikke fået svar", null, "Datter Senere",
                "datter.senere@example.dk", null, PreferredContact.MAIL, false, Locale.of("da"), List.of()), TestClients.next());
        await().until(() -> caseId(receipt.reference()) != null);
        SignedIn.as("bo", "ADVISOR");
        assertThat(caseReader.refresh(caseId(receipt.reference())).poaStatus()).isEqualTo(PowerOfAttorneyStatus.MISSING);
        SignedIn.signOut();

        var file = staging.stage("fuldmagt.pdf", new ByteArrayInputStream(Fixtures.pdf("Fuldmagt underskrevet")),
                AttachmentKind.POWER_OF_ATTORNEY, List.of(), Fixtures.uploader());
        follow.addDocument(receipt.followToken(), file);

        SignedIn.as("bo", "ADVISOR");
        long caseId = caseId(receipt.reference());
        await().pollInSameThread().until(() -> caseReader.refresh(caseId).poaStatus() == PowerOfAttorneyStatus.RECEIVED);
        var details = caseReader.refresh(caseId);
        assertThat(details.timeline()).extracting(CaseDetails.TimelineEntry::type).contains(CaseEventType.POA_RECEIVED);
        assertThat(details.inquiry().attachments()).extracting(a -> a.kind()).contains(AttachmentKind.POWER_OF_ATTORNEY);

        var pdf = documents.receipt(receipt.followToken()).orElseThrow();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(receipt.reference());
        }
    }

    private Long caseId(String reference) {
        var ids = jdbc.queryForList("select id from case_file where reference = ?", Long.class, reference);
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
