package dk.borgerraadgiver.casework;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.statistics.ReportPeriod;
import dk.borgerraadgiver.statistics.ReportTable;
import dk.borgerraadgiver.statistics.StatisticsReports;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An import undone by an administrator leaves the statistics exactly as before it; a changed one cannot be undone. */
@PortalIntegrationTest
class ImportUndoIntegrationTest {

    private static final String[][] CENTRES = {{"VEL", "Velfærd"}, {"BOR", "Børn"}};

    @Autowired
    TestMunicipalities testMunicipalities;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    RegistrationImport importer;
    @Autowired
    ImportBatches batches;
    @Autowired
    StatisticsReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void an_undone_import_restores_the_statistics_exactly_and_is_audit_logged_and_a_changed_one_is_refused() throws Exception {
        long municipality = testMunicipalities.create("981", "import-undo", "Fortrydelsens Kommune", CENTRES);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long welfare = testMunicipalities.department(municipality, "VEL");
        long registered = registration.register(new ContactRegistrationForm(municipality, Channel.PHONE, LocalDate.of(2025, 3, 4),
                "Borger Før", null, "20000001", null, "Registreret på siden", false, false));
        caseFiles.classify(registered, null, PointClassification.of(true, PointKind.COMPLAINT,
                schemes.categories(municipality).stream().filter(c -> c.code().equals("GFS-SAGSBEHANDLINGSTID")).findFirst().orElseThrow().id(), welfare, Handling.DIALOGUE_FORWARDED));
        var period = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        var before = numbers(municipality, period);

        var file = temp.resolve("halvaar.csv");
        Files.writeString(file, String.join("\r\n", String.join(";", RegistrationFormat.COLUMNS),
                "981;H-1;;2025-02-03;PHONE;u1;COMPLAINT;;GFS-SAGSBEHANDLINGSTID;VEL;MEETING;;;nej;;;",
                "981;H-2;H-1;2025-02-03;PHONE;u1;GUIDANCE;;GFS-VEJLEDNING;BOR;;;;nej;;;",
                "981;H-3;;2025-05-20;PHONE;u2;COMPLAINT;;GFS-SAGSBEHANDLINGSTID;BOR;DIALOGUE_FORWARDED;;;nej;2025-05-21;2025-06-04;2025-06-01",
                "981;H-4;;2025-08-11;PHONE;u3;;;;;;;;ja;;;"), StandardCharsets.UTF_8);
        assertThat(importer.importAll(file, RegistrationImport.FileType.CSV, "halvaar.csv", rows -> { }).imported()).isTrue();
        var imported = numbers(municipality, period);
        assertThat(imported).as("the import changes the statistics").isNotEqualTo(before);
        var batch = batches.recent(10).getFirst();
        assertThat(batch.source()).startsWith("halvaar.csv");
        assertThat(batch.cases()).isEqualTo(3);
        assertThat(batch.points()).isEqualTo(3);
        assertThat(batch.state()).isEqualTo(ImportBatches.State.UNDOABLE);

        assertThatThrownBy(() -> batches.undo(batch.id())).as("an advisor may not undo")
                .isInstanceOf(AuthorizationDeniedException.class);

        SignedIn.as(TestMunicipalities.ADVISOR, "ADMIN");
        var undone = batches.undo(batch.id());

        assertThat(undone.state()).isEqualTo(ImportBatches.State.UNDONE);
        assertThat(numbers(municipality, period)).as("every figure as before the import").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from case_file where import_batch_id = ?", Long.class, batch.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT_UNDONE' and municipality_id = ?",
                Long.class, municipality)).isEqualTo(1);
        assertThatThrownBy(() -> batches.undo(batch.id())).isInstanceOfSatisfying(ImportBatches.UndoRefusedException.class,
                e -> assertThat(e.state()).isEqualTo(ImportBatches.State.UNDONE));

        // Imported again, and then one of its cases is worked on: the import is no longer undone as a whole.
        assertThat(importer.importAll(file, RegistrationImport.FileType.CSV, "halvaar.csv", rows -> { }).cases()).isEqualTo(3);
        var again = batches.recent(10).getFirst();
        assertThat(again.id()).isNotEqualTo(batch.id());
        long workedOn = jdbc.queryForObject("select id from case_file where import_batch_id = ? and import_key = 'H-3'", Long.class,
                again.id());
        caseFiles.addNote(workedOn, "Borgeren ringede igen");

        assertThat(batches.recent(10).getFirst().state()).isEqualTo(ImportBatches.State.CHANGED);
        assertThatThrownBy(() -> batches.undo(again.id())).isInstanceOfSatisfying(ImportBatches.UndoRefusedException.class,
                e -> assertThat(e.state()).isEqualTo(ImportBatches.State.CHANGED));
        assertThat(numbers(municipality, period)).as("nothing undone").isEqualTo(imported);
    }

    private List<List<List<Long>>> numbers(long municipality, ReportPeriod period) {
        return reports.report(municipality, period, DepartmentLevel.CENTER, Locale.of("da")).tables().stream()
                .map(table -> table.rows().stream().map(r -> r.cells().stream().map(ReportTable.Cell::count).toList()).toList())
                .toList();
    }
}
