package dk.borgerraadgiver.inquiry;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.support.TestClients;
import dk.borgerraadgiver.support.FailureInjector;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import org.springframework.security.access.AccessDeniedException;

/** An inquiry is stored whole with its files, or not at all; its mails carry the reference only. */
@PortalIntegrationTest
class InquiryIntakeIntegrationTest {

    @Autowired
    InquiryIntake intake;
    @Autowired
    AttachmentStaging staging;
    @Autowired
    AttachmentArchive archive;
    @Autowired
    EncryptedFileStore store;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        SignedIn.signOut();
        FailureInjector.failNext(false);
    }

    static InquirySubmission submission(String municipality, String description, String email, List<StagedFile> files) {
        return new InquirySubmission(municipality, InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.SELF, null, false, description, "Et svar", "Test Borger", email, null,
                PreferredContact.MAIL, false, Locale.of("da"), files);
    }

    private StagedFile stage(String name, byte[] content, List<StagedFile> already) {
        return staging.stage(name, new ByteArrayInputStream(content), AttachmentKind.EVIDENCE, already, Fixtures.uploader());
    }

    @Test
    void an_inquiry_with_two_attachments_is_stored_and_read_back_byte_identical() throws Exception {
        var first = Fixtures.pdf("Afgørelse af 3. marts");
        var second = Fixtures.pdf("Partshøring");
        var files = new ArrayList<StagedFile>();
        files.add(stage("afgørelse.pdf", first, files));
        files.add(stage("partshøring.pdf", second, files));

        var receipt = intake.submit(submission("ishoj", "Min sag om boligstøtte", "two.files@example.dk", files), TestClients.next());

        assertThat(receipt.reference()).matches("BR-\\d{4}-\\d{6}");
        SignedIn.as("bo", "ADVISOR");
        var stored = archive.attachmentsOf(receipt.inquiryId());
        assertThat(stored).extracting(InquiryStatus.AttachmentInfo::name).containsExactly("afgørelse.pdf", "partshøring.pdf");
        try (var in = archive.open(stored.get(0).id())) {
            assertThat(in.readAllBytes()).isEqualTo(first);
        }
        try (var in = archive.open(stored.get(1).id())) {
            assertThat(in.readAllBytes()).isEqualTo(second);
        }
    }

    @Test
    void another_municipalitys_advisor_cannot_open_the_files() {
        var files = new ArrayList<StagedFile>();
        files.add(stage("brev.pdf", Fixtures.pdf("brev"), files));
        var receipt = intake.submit(submission("ishoj", "Noget", "scope@example.dk", files), TestClients.next());

        SignedIn.as("anne", "ADVISOR");
        assertThatThrownBy(() -> archive.attachmentsOf(receipt.inquiryId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_failure_after_the_files_are_written_leaves_neither_rows_nor_kept_files() throws Exception {
        var files = new ArrayList<StagedFile>();
        files.add(stage("a.pdf", Fixtures.pdf("a"), files));
        files.add(stage("b.pdf", Fixtures.pdf("b"), files));
        long inquiries = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class);
        FailureInjector.failNext(true);

        assertThatThrownBy(() -> intake.submit(submission("stevns", "Skal ikke gemmes", "rollback@example.dk", files), TestClients.next()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class)).isEqualTo(inquiries);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_attachment WHERE stored_name IN (?, ?)", Long.class,
                files.get(0).id(), files.get(1).id())).isZero();
        for (var file : files) {
            assertThat(Files.exists(store.filesDirectory().resolve(file.id()))).isFalse();
            assertThat(store.isStaged(file.id())).as("back in staging, for the sweeper").isTrue();
        }
        files.forEach(staging::discard);
    }

    @Test
    void the_receipt_mail_has_the_reference_and_none_of_the_text() {
        var marker = "DESCRIPTION-MARKER-2718 cpr 010203-1234";
        var receipt = intake.submit(submission("stevns", "Jeg klager over " + marker, "receipt@example.dk", List.of()), TestClients.next());

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.messagesTo("receipt@example.dk").isEmpty());
        var mail = TestSmtp.messagesTo("receipt@example.dk").getFirst();
        assertThat(Mails.textParts(mail)).anySatisfy(text -> assertThat(text).contains(receipt.reference()))
                .allSatisfy(text -> assertThat(text).doesNotContain("DESCRIPTION-MARKER-2718").doesNotContain("010203"));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("borgerraadgiver@stevns.dk").stream()
                .anyMatch(m -> Mails.textParts(m).stream().anyMatch(t -> t.contains(receipt.reference()))));
        assertThat(TestSmtp.messagesTo("borgerraadgiver@stevns.dk")).allSatisfy(notice ->
                assertThat(Mails.textParts(notice)).allSatisfy(text -> assertThat(text).doesNotContain("DESCRIPTION-MARKER-2718")));
    }

    @Test
    void reference_numbers_are_unique_and_gapless_per_municipality_and_year_under_concurrency() throws Exception {
        var results = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 30; i++) {
                int n = i;
                results.add(pool.submit(() -> intake.submit(submission("ringsted", "Parallel " + n, "p" + n + "@example.dk",
                        List.of()), TestClients.next()).reference()));
            }
        }
        var references = new HashSet<String>();
        for (var result : results) {
            references.add(result.get());
        }
        assertThat(references).hasSize(30);
        var numbers = references.stream().map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(29);
    }

    @Test
    void a_submission_without_a_way_to_reach_the_citizen_is_refused_and_nothing_is_stored() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class);
        assertThatThrownBy(() -> intake.submit(submission("stevns", "Hej", null, List.of()), TestClients.next()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.field()).isEqualTo("contact"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class)).isEqualTo(before);
    }

    @Test
    void one_client_may_send_five_inquiries_an_hour_whichever_session_it_uses() {
        var client = TestClients.next();
        for (int i = 0; i < 5; i++) {
            intake.submit(submission("stevns", "Henvendelse " + i, "limit" + i + "@example.dk", List.of()), client);
        }
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class);

        assertThatThrownBy(() -> intake.submit(submission("stevns", "Den sjette", "limit6@example.dk", List.of()), client))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.field()).isEqualTo("rateLimited"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class)).isEqualTo(before);
        assertThat(intake.submit(submission("stevns", "Fra en anden", "other@example.dk", List.of()), TestClients.next())
                .reference()).startsWith("BR-");
    }
}
