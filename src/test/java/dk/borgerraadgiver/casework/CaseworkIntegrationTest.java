package dk.borgerraadgiver.casework;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.support.TestClients;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The back office on real MariaDB: access per municipality, audit, classification, forwards and secure messages. */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseworkIntegrationTest {

    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseReader caseReader;
    @Autowired
    CaseInbox inbox;
    @Autowired
    CitizenMessages messages;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    CaseAudit audit;
    @Autowired
    AdvisorActivities activities;
    @Autowired
    InquiryIntake intake;
    @Autowired
    AttachmentStaging staging;
    @Autowired
    MunicipalityDirectory municipalities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    private long municipality(String slug) {
        return municipalities.findBySlug(slug).orElseThrow().id();
    }

    private long center(String slug) {
        return municipalities.departments(municipality(slug)).stream()
                .filter(d -> d.level() == DepartmentLevel.CENTER).findFirst().orElseThrow().id();
    }

    private long leaf(String slug, String code) {
        return schemes.categories(municipality(slug)).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeSlot.ZONE));
    }

    private long phoneCall(String slug, String name, String email) {
        return registration.register(new ContactRegistrationForm(municipality(slug), Channel.PHONE, today(), name, email,
                "22334455", null, "Venter på svar om hjælpemiddel", false, false));
    }

    @Test
    void an_advisor_cannot_read_list_download_or_classify_a_case_of_a_municipality_they_do_not_serve() {
        SignedIn.as("anne", "ADVISOR");
        long stevnsCase = phoneCall("stevns", "Leak Tester Stevns", null);
        long stevnsCenter = center("stevns");

        SignedIn.as("bo", "ADVISOR");
        assertThatThrownBy(() -> caseReader.open(stevnsCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseReader.refresh(stevnsCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseFiles.classify(stevnsCase, null,
                PointClassification.of(true, PointKind.GUIDANCE, null, stevnsCenter, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseReader.openInquiryFile(stevnsCase, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseReader.openMessageFile(stevnsCase, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseFiles.forward(stevnsCase, stevnsCenter, today(), today().plusDays(14)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseFiles.close(stevnsCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseFiles.addNote(stevnsCase, "kigger")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.send(stevnsCase, "hej")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schemes.categories(municipality("stevns"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.register(new ContactRegistrationForm(municipality("stevns"), Channel.PHONE,
                today(), "X", null, null, null, "Y", false, false))).isInstanceOf(AccessDeniedException.class);
        var search = new InboxFilter(null, null, false, null, null, false, "Leak Tester Stevns");
        assertThat(inbox.page(search, 0, 50)).isEmpty();
        assertThat(inbox.count(search)).isZero();
        assertThat(inbox.page(new InboxFilter(municipality("stevns"), null, false, null, null, false, null), 0, 50)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from complaint_point where case_id = ?", Long.class, stevnsCase)).isZero();

        SignedIn.signOut();
        assertThatThrownBy(() -> caseReader.open(stevnsCase))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void opening_a_case_writes_exactly_one_audit_row_and_the_log_holds_no_case_text() {
        SignedIn.as("anne", "ADVISOR");
        long caseId = phoneCall("ringsted", "Audit Borger", null);

        caseReader.open(caseId);
        caseReader.refresh(caseId);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'CASE_OPENED'",
                Long.class, caseId)).isEqualTo(1);
        caseReader.open(caseId);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'CASE_OPENED'",
                Long.class, caseId)).isEqualTo(2);
        assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_entry where case_id = ?", String.class, caseId))
                .noneMatch(detail -> detail.contains("hjælpemiddel") || detail.contains("Audit Borger"));

        SignedIn.as("admin", "ADMIN");
        var log = audit.forCitizen("22334455");
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.caseId()).isEqualTo(caseId);
            assertThat(entry.actor()).isEqualTo("anne");
            assertThat(entry.action()).isEqualTo(AuditAction.CASE_OPENED);
        });
        SignedIn.as("anne", "ADVISOR");
        assertThatThrownBy(() -> audit.forCitizen("22334455")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_case_closes_only_with_a_complete_classification_and_reopening_keeps_it() {
        SignedIn.as("anne", "ADVISOR");
        long caseId = phoneCall("ringsted", "Klassifikation Borger", null);
        long department = center("ringsted");

        assertThatThrownBy(() -> caseFiles.close(caseId)).isInstanceOfSatisfying(CaseRefusedException.class,
                e -> assertThat(e.problems()).containsExactly(ClosingProblem.NO_MAIN_POINT));
        caseFiles.classify(caseId, null, PointClassification.of(false, PointKind.COMPLAINT,
                leaf("ringsted", "GFS-SAGSBEHANDLINGSTID"), department, null));
        long followUp = caseFiles.classify(caseId, null, PointClassification.of(false, PointKind.COMPLAINT,
                leaf("ringsted", "FVL-PARTSHOERING"), department, Handling.DIALOGUE_FORWARDED));

        var details = caseReader.refresh(caseId);
        assertThat(details.points()).extracting(p -> p.classification().main()).containsExactly(true, false);
        assertThat(details.closingProblems()).containsExactly(ClosingProblem.HANDLING_MISSING);
        assertThatThrownBy(() -> caseFiles.classify(caseId, followUp, PointClassification.of(false, PointKind.COMPLAINT,
                leaf("stevns", "4.1"), department, Handling.MEETING)))
                .as("a category of another municipality's scheme").isInstanceOf(CaseRefusedException.class);

        long main = details.points().getFirst().id();
        caseFiles.classify(caseId, main, PointClassification.of(true, PointKind.COMPLAINT,
                leaf("ringsted", "GFS-SAGSBEHANDLINGSTID"), department, Handling.DIALOGUE_INFORMAL));
        caseFiles.close(caseId);

        assertThat(caseReader.refresh(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> caseFiles.classify(caseId, main, PointClassification.of(true, PointKind.GUIDANCE, null,
                department, null))).isInstanceOfSatisfying(CaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo("closed"));

        caseFiles.reopen(caseId);
        var reopened = caseReader.refresh(caseId);
        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.points()).hasSize(2);
        assertThat(reopened.timeline()).extracting(CaseDetails.TimelineEntry::type)
                .contains(CaseEventType.REGISTERED, CaseEventType.CLASSIFIED, CaseEventType.CLOSED, CaseEventType.REOPENED);
    }

    @Test
    void a_reminder_on_an_unanswered_forward_becomes_a_follow_up_point_and_the_answer_ends_the_wait() {
        SignedIn.as("anne", "ADVISOR");
        long caseId = phoneCall("stevns", "Rykker Borger", null);
        long department = center("stevns");
        caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT, leaf("stevns", "4.1"),
                department, Handling.DIALOGUE_FORWARDED));
        caseFiles.forward(caseId, department, today().minusDays(20), today().minusDays(6));

        var waiting = caseReader.refresh(caseId);
        assertThat(waiting.status()).isEqualTo(CaseStatus.AWAITING_ANSWER);
        assertThat(waiting.forwards().getFirst().overdue()).isTrue();
        var overdueFilter = new InboxFilter(municipality("stevns"), null, true, null, null, true, "Rykker Borger");
        assertThat(inbox.page(overdueFilter, 0, 10)).extracting(CaseSummary::id).containsExactly(caseId);

        long forwardId = waiting.forwards().getFirst().id();
        caseFiles.remind(caseId, forwardId, today().plusDays(7));
        var reminded = caseReader.refresh(caseId);
        assertThat(reminded.points()).hasSize(2);
        var reminder = reminded.points().get(1);
        assertThat(reminder.origin()).isEqualTo(PointOrigin.REMINDER);
        assertThat(reminder.classification().main()).isFalse();
        assertThat(reminder.classification().categoryId()).isEqualTo(leaf("stevns", "4.4"));
        assertThat(reminded.forwards().getFirst().reminders()).isEqualTo(1);
        assertThat(inbox.page(overdueFilter, 0, 10)).isEmpty();

        caseFiles.registerAnswer(caseId, forwardId, today(), true);
        var answered = caseReader.refresh(caseId);
        assertThat(answered.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(answered.forwards().getFirst().answeredOn()).isEqualTo(today());
        assertThatThrownBy(() -> caseFiles.remind(caseId, forwardId, today().plusDays(7)))
                .isInstanceOfSatisfying(CaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo("alreadyAnswered"));
    }

    @Test
    void points_of_a_case_with_no_real_case_work_are_not_counted() {
        SignedIn.as("anne", "ADVISOR");
        long caseId = phoneCall("stevns", "Telefonnummer Borger", null);
        caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.SIGNPOSTING, leaf("stevns", "1"),
                center("stevns"), null));

        caseFiles.markNoRealCaseWork(caseId, true);
        assertThat(jdbc.queryForList("select counted from complaint_point where case_id = ?", Boolean.class, caseId))
                .containsExactly(false);
        caseFiles.markNoRealCaseWork(caseId, false);
        assertThat(jdbc.queryForList("select counted from complaint_point where case_id = ?", Boolean.class, caseId))
                .containsExactly(true);
    }

    @Test
    void a_portal_inquiry_becomes_a_new_case_with_its_text_and_missing_power_of_attorney() {
        var receipt = intake.submit(new InquirySubmission("ishoj", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.POWER_OF_ATTORNEY, "Mor Hansen", false, "Min mor har ventet et halvt år på svar",
                null, "Datter Hansen", "datter.hansen@example.dk", null, PreferredContact.MAIL, false,
                Locale.of("da"), List.of()), TestClients.next());

        SignedIn.as("bo", "ADVISOR");
        var filter = new InboxFilter(null, CaseStatus.NEW, false, null, null, false, receipt.reference());
        await().pollInSameThread().untilAsserted(() -> assertThat(inbox.page(filter, 0, 10)).hasSize(1));
        var summary = inbox.page(filter, 0, 10).getFirst();
        assertThat(summary.channel()).isEqualTo(Channel.PORTAL);
        var details = caseReader.open(summary.id());
        assertThat(details.inquiry()).isNotNull();
        assertThat(details.inquiry().description()).isEqualTo("Min mor har ventet et halvt år på svar");
        assertThat(details.poaStatus()).isEqualTo(PowerOfAttorneyStatus.MISSING);
    }

    @Test
    void the_citizen_reads_and_answers_a_message_behind_the_link_and_a_one_time_code() throws Exception {
        SignedIn.as("anne", "ADVISOR");
        String email = "besked.borger@example.dk";
        long caseId = phoneCall("stevns", "Besked Borger", email);
        messages.send(caseId, "Hemmelig besked om din sag SECRET-MARKER");

        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo(email)).hasSize(1));
        var notice = String.join("\n", Mails.textParts(TestSmtp.messagesTo(email).getFirst()));
        assertThat(notice).doesNotContain("SECRET-MARKER");
        var link = Pattern.compile("/besked/([0-9]+\\.[A-Za-z0-9_-]+)").matcher(notice);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        SignedIn.signOut();

        assertThat(messages.findByLink(token)).hasValueSatisfying(c -> assertThat(c.maskedEmail()).isEqualTo("b***@example.dk"));
        assertThat(messages.findByLink(token + "x")).isEmpty();
        assertThat(messages.sendCode(token)).isTrue();
        assertThatThrownBy(() -> messages.sendCode(token)).isInstanceOf(CaseRefusedException.class);
        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo(email)).hasSize(2));
        var codeMail = String.join("\n", Mails.textParts(TestSmtp.messagesTo(email).get(1)));
        assertThat(codeMail).doesNotContain("SECRET-MARKER");
        var code = Pattern.compile("engangskode er: (\\d{6})").matcher(codeMail);
        assertThat(code.find()).isTrue();

        assertThat(messages.verifyCode(token, code.group(1).equals("000000") ? "111111" : "000000")).isEmpty();
        assertThatThrownBy(() -> messages.conversation(token, "1.forged")).isInstanceOf(CaseRefusedException.class);
        var ticket = messages.verifyCode(token, code.group(1)).orElseThrow();
        assertThat(messages.verifyCode(token, code.group(1))).as("the code works once").isEmpty();
        assertThat(messages.conversation(token, ticket).messages()).extracting(CaseDetails.Message::body)
                .containsExactly("Hemmelig besked om din sag SECRET-MARKER");

        var signed = Fixtures.pdf("Fuldmagt");
        var file = staging.stage("fuldmagt.pdf", new ByteArrayInputStream(signed),
                AttachmentKind.POWER_OF_ATTORNEY, List.of(), Fixtures.uploader());
        messages.reply(token, ticket, "Tak, her er fuldmagten", List.of(file));

        SignedIn.as("anne", "ADVISOR");
        var details = caseReader.refresh(caseId);
        assertThat(details.messages()).extracting(CaseDetails.Message::fromCitizen).containsExactly(false, true);
        assertThat(details.messages().getFirst().readAt()).isNotNull();
        assertThat(details.poaStatus()).isEqualTo(PowerOfAttorneyStatus.RECEIVED);
        var attached = details.messages().get(1).files().getFirst();
        try (var in = caseReader.openMessageFile(caseId, attached.id())) {
            assertThat(in.readAllBytes()).isEqualTo(signed);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'ATTACHMENT_DOWNLOADED'",
                Long.class, caseId)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo("borgerraadgiver@stevns.dk"))
                .anySatisfy(m -> assertThat(m.getSubject()).contains(details.reference())));
    }

    @Test
    void other_work_is_registered_for_a_served_municipality_only() {
        SignedIn.as("bo", "ADVISOR");
        long id = activities.register(municipality("ishoj"), ActivityKind.MEDIATION, today(), null, 90, "Mægling i byggesag");

        assertThat(activities.recent()).extracting(ActivityRecord::id).contains(id);
        assertThatThrownBy(() -> activities.register(municipality("stevns"), ActivityKind.TALK, today(), null, 60, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.register(municipality("ishoj"), ActivityKind.TALK, today().plusDays(1), null, 60, ""))
                .isInstanceOf(CaseRefusedException.class);
    }

    @Test
    void a_one_time_code_that_cannot_be_mailed_is_refused_and_logged_without_the_address(CapturedOutput output) {
        SignedIn.as("anne", "ADVISOR");
        String email = "kode.fejler@example.dk";
        long caseId = phoneCall("stevns", "Kode Fejler", email);
        var token = messages.linkToken(caseId).orElseThrow();
        SignedIn.signOut();
        TestSmtp.stop();
        try {
            assertThat(messages.sendCode(token)).isFalse();
        } finally {
            TestSmtp.restart();
        }
        assertThat(output.getOut()).contains("One-time code for case " + caseId + " not sent").doesNotContain(email);
    }

    @Test
    void an_administrator_sees_the_access_log_only_of_the_municipalities_they_serve() {
        SignedIn.as("anne", "ADVISOR");
        String email = "adgangslog.stevns@example.dk";
        long stevnsCase = phoneCall("stevns", "Adgangslog Stevns", email);
        caseReader.open(stevnsCase);

        SignedIn.as("admin", "ADMIN");
        assertThat(audit.forCitizen(email)).extracting(AuditRecord::caseId).contains(stevnsCase);
        SignedIn.as("bo", "ADMIN");
        assertThat(audit.forCitizen(email)).as("bo serves Ishøj only").isEmpty();
    }
}
