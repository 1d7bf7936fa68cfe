package dk.borgerraadgiver.retention;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CitizenKeys;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestClients;
import dk.borgerraadgiver.support.TestMunicipalities;
import dk.borgerraadgiver.support.TestSmtp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A citizen asks what is held about her, then asks for it to be erased: the access report holds her
 * inquiry, her reply and her files and nobody else's; a legal hold refuses the erasure; after it, no
 * table and no file holds her name, e-mail, phone or what she wrote, while the other citizen's case is
 * untouched. Every step is audit-logged under her pseudonymous key.
 */
@PortalIntegrationTest
class CitizenRecordsIntegrationTest {

    private static final String[][] CENTRES = {{"VEL", "Velfærd"}};

    @Autowired
    TestMunicipalities testMunicipalities;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    InquiryIntake intake;
    @Autowired
    AttachmentStaging staging;
    @Autowired
    CitizenMessages messages;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CitizenRecords records;
    @Autowired
    CitizenKeys keys;
    @Autowired
    EncryptedFileStore store;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void the_access_report_holds_exactly_her_data_and_the_erasure_leaves_no_trace_of_it() throws Exception {
        testMunicipalities.create("980", "retention-borger", "Retention Borger", CENTRES);
        long municipality = jdbc.queryForObject("select id from municipality where code = '980'", Long.class);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        var marker = "Markør-" + System.nanoTime();
        var email = "karen.slet." + System.nanoTime() + "@example.dk";
        var phone = String.format("4%07d", System.nanoTime() % 10_000_000L);
        var evidence = Fixtures.pdf("Afgørelse til Karen Sletmig");
        var file = staging.stage("afgørelse.pdf", new ByteArrayInputStream(evidence), AttachmentKind.EVIDENCE, List.of(), Fixtures.uploader());
        long caseId = submit("Karen Sletmig", email, phone, "Jeg klager over " + marker, List.of(file));
        var otherMarker = "Anden-" + System.nanoTime();
        long otherCase = submit("Ole Bliver", "ole.bliver." + System.nanoTime() + "@example.dk", null, "Min egen sag " + otherMarker, List.of());
        var replyFile = replyWithFile(caseId, email, "Svar med bilag " + marker);
        var storedNames = jdbc.queryForList("select stored_name from inquiry_attachment a join case_file c on c.inquiry_id = a.inquiry_id "
                + "where c.id = ? union select a.stored_name from case_message_attachment a join case_message m on m.id = a.message_id "
                + "where m.case_id = ?", String.class, caseId, caseId);
        assertThat(storedNames).hasSize(2);
        storedNames.forEach(name -> assertThat(store.filesDirectory().resolve(name)).exists());

        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long category = schemes.categories(municipality).stream().filter(c -> c.code().equals("GFS-SAGSBEHANDLINGSTID")).findFirst()
                .orElseThrow().id();
        caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT, category,
                testMunicipalities.department(municipality, "VEL"), Handling.MEETING));
        var found = records.find(email);
        assertThat(found.cases()).extracting(c -> c.id()).containsExactly(caseId);
        assertThat(records.find("Karen Sletmig").identifiesOnePerson()).isFalse();
        assertThatThrownBy(() -> records.erase("Karen Sletmig")).isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("nameOnly");
        assertThat(records.find(phone).cases()).extracting(c -> c.id()).containsExactly(caseId);

        var zip = unzip(records.accessReport(email, Locale.of("da")));
        assertThat(zip).containsKeys("indsigt.pdf");
        assertThat(zip.values()).anySatisfy(bytes -> assertThat(bytes).isEqualTo(evidence));
        assertThat(zip.values()).anySatisfy(bytes -> assertThat(bytes).isEqualTo(replyFile));
        try (var pdf = Loader.loadPDF(zip.get("indsigt.pdf"))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(marker, "Karen Sletmig", email, "Svar med bilag");
            assertThat(text).doesNotContain(otherMarker, "Ole Bliver");
        }

        caseFiles.holdFromErasure(caseId, "Klaget til Ombudsmanden");
        assertThatThrownBy(() -> records.erase(email)).isInstanceOf(CaseRefusedException.class).hasMessageContaining("legalHold");
        assertThat(jdbc.queryForObject("select citizen_name from case_file where id = ?", String.class, caseId)).isEqualTo("Karen Sletmig");
        caseFiles.releaseHold(caseId);

        var erasure = records.erase(email);
        assertThat(erasure.cases()).isEqualTo(1);
        for (var trace : List.of("Karen Sletmig", email, phone, marker)) {
            assertThat(tablesHolding(trace)).as("tables still holding " + trace).isEmpty();
        }
        storedNames.forEach(name -> assertThat(store.filesDirectory().resolve(name)).doesNotExist());
        assertThat(tablesHolding(otherMarker)).as("the other citizen's inquiry is untouched").contains("inquiry.description");
        assertThat(jdbc.queryForList("select category_id from complaint_point where case_id = ? and counted", Long.class, caseId))
                .as("the classified complaint point stays for the statistics").containsExactly(category);
        assertThat(jdbc.queryForObject("select citizen_key from case_file where id = ?", String.class, caseId)).isNotBlank();
        assertThat(jdbc.queryForObject("select citizen_name from case_file where id = ?", String.class, otherCase)).isEqualTo("Ole Bliver");

        var key = keys.keyFor(email);
        assertThat(jdbc.queryForList("select action from audit_entry where citizen_key = ? order by id", String.class, key))
                .contains("CITIZEN_SEARCHED", "ACCESS_REPORT", "CITIZEN_ERASED");
        assertThat(jdbc.queryForList("select action from audit_entry where case_id = ? order by id", String.class, caseId))
                .contains("LEGAL_HOLD_SET", "LEGAL_HOLD_RELEASED");
    }

    private long submit(String name, String email, String phone, String description, List<StagedFile> files) {
        var receipt = intake.submit(new InquirySubmission("retention-borger", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.SELF, null, false, description, "Et svar", name, email, phone, PreferredContact.MAIL, false,
                Locale.of("da"), files), TestClients.next());
        await().until(() -> !jdbc.queryForList("select id from case_file where reference = ? and municipality_id = (select id from municipality where slug = 'retention-borger')", Long.class, receipt.reference()).isEmpty());
        return jdbc.queryForObject("select id from case_file where reference = ? and municipality_id = (select id from municipality where slug = 'retention-borger')", Long.class, receipt.reference());
    }

    /** The advisor writes, the citizen opens the message with the one-time code and replies with a file. */
    private byte[] replyWithFile(long caseId, String email, String text) {
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        messages.send(caseId, "Vi har brug for afgørelsen");
        var token = messages.linkToken(caseId).orElseThrow();
        SignedIn.signOut();
        assertThat(messages.sendCode(token)).isTrue();
        var pattern = Pattern.compile("engangskode er: (\\d{6})");
        var code = await().until(() -> TestSmtp.messagesTo(email).stream().map(m -> pattern.matcher(String.join("\n", Mails.textParts(m))))
                .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        var ticket = messages.verifyCode(token, code).orElseThrow();
        var content = Fixtures.pdf("Svar fra Karen Sletmig");
        var file = staging.stage("svar.pdf", new ByteArrayInputStream(content), AttachmentKind.EVIDENCE, List.of(), Fixtures.uploader());
        messages.reply(token, ticket, text, List.of(file));
        return content;
    }

    /** Every text column of every table in the schema that contains the text, as table.column. */
    private List<String> tablesHolding(String text) {
        var columns = jdbc.queryForList("select table_name, column_name from information_schema.columns where table_schema = database() "
                + "and data_type in ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext')");
        var found = new ArrayList<String>();
        for (var column : columns) {
            var table = (String) column.get("TABLE_NAME");
            var name = (String) column.get("COLUMN_NAME");
            Long n = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name + "` like ?", Long.class,
                    "%" + text + "%");
            if (n != null && n > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        var entries = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
