package dk.borgerraadgiver.retention;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.casework.CaseReader;
import dk.borgerraadgiver.casework.CriticismLevel;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.RetentionPolicies;
import dk.borgerraadgiver.organisation.RetentionPolicy;
import dk.borgerraadgiver.retention.internal.NightlyRetention;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.statistics.ReportExports;
import dk.borgerraadgiver.statistics.ReportPeriod;
import dk.borgerraadgiver.statistics.StatisticsReports;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SecondScheduler;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The nightly retention run: each rule erases what is past its period and nothing inside it, a case
 * on legal hold is skipped, every statistics table and the Excel export read the same before and after
 * all personal data of the period is gone, and two instances of the portal run the job once.
 */
@PortalIntegrationTest
class RetentionIntegrationTest {

    private static final String[][] CENTRES = {{"VEL", "Velfærd"}, {"BOR", "Børn"}};
    private static final Locale DANISH = Locale.of("da");

    @Autowired
    TestMunicipalities testMunicipalities;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseReader caseReader;
    @Autowired
    RetentionRuns runs;
    @Autowired
    RetentionPolicies policies;
    @Autowired
    StatisticsReports reports;
    @Autowired
    ReportExports exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Scheduler scheduler;
    @Autowired
    RecurringTask<Void> retentionRunTask;

    @AfterEach
    void reset() {
        MutableClock.get().reset();
        SignedIn.signOut();
    }

    @Test
    void every_table_and_the_excel_export_read_the_same_after_the_run_erased_all_personal_data_of_the_period() throws Exception {
        long municipality = testMunicipalities.create("978", "retention-stats", "Retention Statistik", CENTRES);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var day = LocalDate.of(2025, 1, 6);
        var caseIds = new ArrayList<Long>();
        for (int i = 0; i < 9; i++) {
            caseIds.add(registerClassifiedCase(municipality, day.plusDays(i * 11L), i));
        }
        caseIds.forEach(caseFiles::close);
        var period = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        var before = reports.report(municipality, period, DepartmentLevel.CENTER, DANISH);
        var excelBefore = cells(exports.xlsx(before));
        assertThat(before.table("summary").rows()).isNotEmpty();

        SignedIn.as(TestMunicipalities.ADVISOR, "ADMIN");
        MutableClock.get().setTo(Instant.now().atZone(java.time.ZoneOffset.UTC).plusYears(5).plusDays(2).toInstant());
        var run = runs.runFor(List.of(municipality), false);
        MutableClock.get().reset();

        assertThat(run.erased()).contains(new RetentionRuns.Erased(municipality, RetentionKind.CLOSED_CASES, 9));
        assertThat(jdbc.queryForObject("select count(*) from case_file where municipality_id = ? and (citizen_name <> '' "
                + "or citizen_phone is not null or summary <> '' or erased_at is null)", Long.class, municipality)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_journal_entry j join case_file c on c.id = j.case_id "
                + "where c.municipality_id = ?", Long.class, municipality)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from complaint_point where municipality_id = ? and recommendations is not null",
                Long.class, municipality)).isZero();

        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var after = reports.report(municipality, period, DepartmentLevel.CENTER, DANISH);
        assertThat(after.tables()).as("every table, figure by figure").isEqualTo(before.tables());
        assertThat(cells(exports.xlsx(after))).as("every cell of the Excel export").isEqualTo(excelBefore);
    }

    @Test
    void each_rule_erases_what_is_past_its_period_and_nothing_inside_it_and_a_case_on_legal_hold_is_skipped() {
        long municipality = testMunicipalities.create("979", "retention-rules", "Retention Regler", CENTRES);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long erased = registerClassifiedCase(municipality, LocalDate.of(2026, 3, 2), 1);
        long held = registerClassifiedCase(municipality, LocalDate.of(2026, 3, 3), 1);
        long open = registerClassifiedCase(municipality, LocalDate.of(2026, 3, 4), 1);
        caseFiles.close(erased);
        caseFiles.close(held);
        caseFiles.holdFromErasure(held, "Klaget til Ombudsmanden");
        var now = Instant.now();
        long meetingType = meetingType(municipality);
        long oldBooking = booking(municipality, meetingType, now.minus(Duration.ofDays(190)), "gammel@example.dk");
        long recentBooking = booking(municipality, meetingType, now.minus(Duration.ofDays(170)), "nylig@example.dk");
        long oldMail = mailRecord(municipality, now.minus(Duration.ofDays(91)));
        long recentMail = mailRecord(municipality, now.minus(Duration.ofDays(89)));
        long oldAudit = auditEntry(municipality, now.atZone(java.time.ZoneOffset.UTC).minusYears(5).minusDays(1).toInstant());
        long recentAudit = auditEntry(municipality, now.atZone(java.time.ZoneOffset.UTC).minusYears(5).plusDays(1).toInstant());

        SignedIn.as(TestMunicipalities.ADVISOR, "ADMIN");
        // Today: the meeting of 190 days ago, the mail of 91 days and the audit entry of five years and a day are due.
        assertThat(due(municipality, RetentionKind.MEETINGS)).isEqualTo(1);
        assertThat(due(municipality, RetentionKind.MAIL_RECORDS)).isEqualTo(1);
        assertThat(due(municipality, RetentionKind.CLOSED_CASES)).isZero();
        var today = runs.runFor(List.of(municipality), false);
        assertThat(today.erased()).contains(new RetentionRuns.Erased(municipality, RetentionKind.MEETINGS, 1),
                new RetentionRuns.Erased(municipality, RetentionKind.MAIL_RECORDS, 1),
                new RetentionRuns.Erased(municipality, RetentionKind.AUDIT_LOG, 1),
                new RetentionRuns.Erased(municipality, RetentionKind.CLOSED_CASES, 0));
        assertThat(jdbc.queryForObject("select citizen_email from booking where id = ?", String.class, oldBooking)).isNull();
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, oldBooking))
                .as("the status stays for the statistics").isEqualTo("ATTENDED");
        assertThat(jdbc.queryForObject("select citizen_email from booking where id = ?", String.class, recentBooking)).isEqualTo("nylig@example.dk");
        assertThat(jdbc.queryForList("select id from mail_delivery where id in (?, ?)", Long.class, oldMail, recentMail))
                .containsExactly(recentMail);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id = ?", Long.class, oldAudit)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id = ?", Long.class, recentAudit)).isEqualTo(1);
        assertThat(erasedAt(erased)).isNull();

        // A shorter rule takes effect at once.
        policies.change(municipality, "Retention Regler", new RetentionPolicy(5, 3, 30, 5));
        assertThat(due(municipality, RetentionKind.MEETINGS)).as("170 days is past a rule of 3 months").isEqualTo(1);
        assertThat(due(municipality, RetentionKind.MAIL_RECORDS)).as("89 days is past a rule of 30 days").isEqualTo(1);

        // One day before the cases' five years are up: the preview and the run leave every case alone.
        MutableClock.get().setTo(now.atZone(java.time.ZoneOffset.UTC).plusYears(5).minusDays(1).toInstant());
        assertThat(due(municipality, RetentionKind.CLOSED_CASES)).isZero();
        runs.runFor(List.of(municipality), false);
        assertThat(erasedAt(erased)).isNull();

        // Five years and two days on, the closed case goes; the held and the open one stay.
        MutableClock.get().setTo(now.atZone(java.time.ZoneOffset.UTC).plusYears(5).plusDays(2).toInstant());
        assertThat(due(municipality, RetentionKind.CLOSED_CASES)).isEqualTo(1);
        var later = runs.runFor(List.of(municipality), false);
        MutableClock.get().reset();
        assertThat(later.erased()).contains(new RetentionRuns.Erased(municipality, RetentionKind.CLOSED_CASES, 1));
        assertThat(erasedAt(erased)).isNotNull();
        assertThat(erasedAt(held)).as("legal hold").isNull();
        assertThat(erasedAt(open)).as("still open").isNull();
        assertThat(jdbc.queryForObject("select citizen_name from case_file where id = ?", String.class, held)).isNotBlank();
        assertThat(jdbc.queryForList("select detail from audit_entry where municipality_id = ? and action = 'RETENTION_RUN'",
                String.class, municipality)).as("each run is audit-logged with its counts; today's entry is itself past the five years")
                .anyMatch(detail -> detail.startsWith("run " + later.id() + " DONE: CLOSED_CASES=1"))
                .noneMatch(detail -> detail.startsWith("run " + today.id() + " "));
        assertThat(runs.history(5)).extracting(RetentionRuns.Run::id).contains(later.id(), today.id());
    }

    @Test
    void the_installation_wide_kinds_go_at_expiry_or_after_their_period() {
        SignedIn.as(TestMunicipalities.ADVISOR, "ADMIN");
        var now = Instant.now();
        var oldEvent = eventPublication(now.minus(Duration.ofDays(31)));
        var recentEvent = eventPublication(now.minus(Duration.ofDays(29)));
        var run = runs.runNow();
        assertThat(run.outcome()).isEqualTo("DONE");
        assertThat(run.erased()).anySatisfy(e -> {
            assertThat(e.municipalityId()).isNull();
            assertThat(e.kind()).isEqualTo(RetentionKind.EVENT_PUBLICATIONS);
            assertThat(e.count()).isPositive();
        });
        assertThat(jdbc.queryForObject("select count(*) from event_publication where id = ?", Long.class, oldEvent)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where id = ?", Long.class, recentEvent)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RETENTION_RUN' and municipality_id is null "
                + "and detail like ?", Long.class, "run " + run.id() + " DONE:%")).isEqualTo(1);
    }

    @Test
    void the_nightly_run_runs_once_when_two_instances_of_the_portal_compete_for_it() {
        var execution = TaskInstanceId.of(NightlyRetention.TASK_NAME, RecurringTask.INSTANCE);
        assertThat(scheduler.getScheduledExecution(execution)).as("scheduled at start").isPresent();
        long before = nightlyRuns();
        try (var second = SecondScheduler.start(dataSource, retentionRunTask)) {
            scheduler.reschedule(execution, Instant.now());
            await().atMost(Duration.ofSeconds(60)).until(() -> nightlyRuns() > before);
            // Once a run has finished, the execution moves on to the next 02:30 in Copenhagen: neither instance can run it again.
            var now = java.time.ZonedDateTime.now(PortalTime.ZONE);
            var tonight = now.with(java.time.LocalTime.of(2, 30)).truncatedTo(ChronoUnit.MINUTES);
            var next = (tonight.isAfter(now) ? tonight : tonight.plusDays(1)).toInstant();
            await().atMost(Duration.ofSeconds(60)).until(() -> scheduler.getScheduledExecution(execution)
                    .map(e -> e.getExecutionTime().equals(next)).orElse(false));
            assertThat(nightlyRuns()).isEqualTo(before + 1);
        }
    }

    private long nightlyRuns() {
        Long n = jdbc.queryForObject("select count(*) from retention_run where started_by = 'system' and outcome = 'DONE'", Long.class);
        return n == null ? 0 : n;
    }

    private long due(long municipality, RetentionKind kind) {
        return runs.preview().stream().filter(d -> d.municipalityId() != null && d.municipalityId() == municipality && d.kind() == kind)
                .mapToLong(RetentionRuns.Due::count).sum();
    }

    private Timestamp erasedAt(long caseId) {
        return jdbc.queryForObject("select erased_at from case_file where id = ?", Timestamp.class, caseId);
    }

    /** A case with a main complaint point forwarded and answered, a follow-up point, a journal note; some with an investigation. */
    private long registerClassifiedCase(long municipality, LocalDate day, int i) {
        long department = testMunicipalities.department(municipality, i % 2 == 0 ? "VEL" : "BOR");
        long caseId = registration.register(new ContactRegistrationForm(municipality, i % 3 == 0 ? Channel.PERSONAL_VISIT : Channel.PHONE,
                day, "Borger Slet " + i, "slet" + i + "@example.dk", "3100000" + i, null, "Henvendelse om sagsbehandlingstid " + i, false, false));
        if (i % 4 == 3) {
            caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.GUIDANCE, null, department, null));
        } else {
            caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT,
                    category(municipality, "GFS-SAGSBEHANDLINGSTID"), department, Handling.DIALOGUE_FORWARDED));
            caseFiles.forward(caseId, department, day.plusDays(1), day.plusDays(15));
            caseFiles.registerAnswer(caseId, caseReader.refresh(caseId).forwards().getFirst().id(), day.plusDays(8 + i), true);
        }
        if (i % 3 == 2) {
            caseFiles.classify(caseId, null, new PointClassification(false, PointKind.COMPLAINT, null,
                    category(municipality, "HJM-AFGOERELSE"), department, Handling.INVESTIGATION, day.plusDays(40),
                    CriticismLevel.CENSURABLE, "Forvaltningen bør svare Borger Slet " + i + " inden fire uger", true));
        }
        caseFiles.addNote(caseId, "Talt med Borger Slet " + i + " i telefon");
        return caseId;
    }

    private long category(long municipality, String code) {
        return schemes.categories(municipality).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long meetingType(long municipality) {
        long advisor = jdbc.queryForObject("select id from citizen_advisor where username = ?", Long.class, TestMunicipalities.ADVISOR);
        jdbc.update("insert into meeting_type (municipality_id, advisor_id, code, kind, name_da, name_en, description_da, description_en, "
                + "slot_minutes) values (?, ?, 'RET', 'PHONE', 'Telefonmøde', 'Phone meeting', '', '', 30)", municipality, advisor);
        return jdbc.queryForObject("select id from meeting_type where municipality_id = ? and code = 'RET'", Long.class, municipality);
    }

    private long booking(long municipality, long meetingType, Instant endsAt, String email) {
        long advisor = jdbc.queryForObject("select advisor_id from meeting_type where id = ?", Long.class, meetingType);
        var reference = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.update("insert into booking (reference, meeting_type_id, municipality_id, advisor_id, starts_at, ends_at, status, channel, "
                + "citizen_name, citizen_email, language, manage_nonce, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'ATTENDED', "
                + "'ONLINE', 'Møde Borger', ?, 'da', ?, ?, ?)", reference, meetingType, municipality, advisor,
                Timestamp.from(endsAt.minus(Duration.ofMinutes(30))), Timestamp.from(endsAt), email,
                UUID.randomUUID().toString().replace("-", ""), Timestamp.from(endsAt.minus(Duration.ofDays(10))),
                Timestamp.from(endsAt));
        return jdbc.queryForObject("select id from booking where reference = ?", Long.class, reference);
    }

    private long mailRecord(long municipality, Instant at) {
        var key = "retention-test:" + UUID.randomUUID();
        jdbc.update("insert into mail_delivery (mail_key, kind, municipality_id, status, attempts, first_attempt_at, last_attempt_at, "
                + "sent_at) values (?, 'TEST', ?, 'SENT', 1, ?, ?, ?)", key, municipality, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
        return jdbc.queryForObject("select id from mail_delivery where mail_key = ?", Long.class, key);
    }

    private long auditEntry(long municipality, Instant at) {
        var detail = "retention-test " + UUID.randomUUID();
        jdbc.update("insert into audit_entry (happened_at, actor, action, municipality_id, detail) values (?, 'tester', 'EXPORTED', ?, ?)",
                Timestamp.from(at.truncatedTo(ChronoUnit.SECONDS)), municipality, detail);
        return jdbc.queryForObject("select id from audit_entry where detail = ?", Long.class, detail);
    }

    private String eventPublication(Instant completedAt) {
        var id = UUID.randomUUID().toString();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, "
                + "status) values (?, 'retention-test', 'Test', '{}', ?, ?, 'COMPLETED')", id, Timestamp.from(completedAt),
                Timestamp.from(completedAt));
        return id;
    }

    /** Every cell of every sheet, as the spreadsheet shows it. */
    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        var formatter = new DataFormatter(Locale.of("da"));
        var all = new ArrayList<List<String>>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook) {
                for (var row : sheet) {
                    var line = new ArrayList<String>();
                    line.add(sheet.getSheetName());
                    row.forEach(cell -> line.add(formatter.formatCellValue(cell)));
                    all.add(line);
                }
            }
        }
        assertThat(all).isNotEmpty();
        return all;
    }
}
