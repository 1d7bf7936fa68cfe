package dk.borgerraadgiver.casework;

import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator adds, renames and retires categories; points keep their category and the counts stay. */
@PortalIntegrationTest
class SchemeAdministrationIntegrationTest {

    @Autowired
    TestMunicipalities testMunicipalities;

    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    StatisticsReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void categories_are_added_renamed_and_retired_and_old_points_keep_counting() {
        long municipality = testMunicipalities.create("909", "scheme-admin", "Scheme Admin", new String[][]{{"VO", "Voksne"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        long department = testMunicipalities.department(municipality, "VO");
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        assertThatThrownBy(() -> schemes.addCategory(municipality, null, "EGEN", "Egen", "Own"))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(TestMunicipalities.ADVISOR, "ADMIN");
        long group = schemes.addCategory(municipality, null, "LOKAL", "Lokale forhold", "Local matters");
        long leaf = schemes.addCategory(municipality, group, "LOKAL-P", "Parkering", "Parking");
        assertThatThrownBy(() -> schemes.addCategory(municipality, group, "LOKAL-P", "Igen", "Again"))
                .isInstanceOf(DuplicateCategoryCodeException.class);
        long caseId = registration.register(new ContactRegistrationForm(municipality, Channel.PHONE, LocalDate.of(2025, 2, 3),
                "Borger Parkering", "parkering@example.test", null, null, "Parkering", false, false));
        caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT, leaf, department, Handling.MEETING));

        schemes.rename(leaf, "Parkeringstilladelser", "Parking permits");
        schemes.retire(leaf, true);

        assertThat(schemes.categories(municipality)).filteredOn(c -> c.id() == leaf).singleElement()
                .satisfies(c -> assertThat(c.retired()).isTrue())
                .satisfies(c -> assertThat(c.name(Locale.of("da"))).isEqualTo("Parkeringstilladelser"));
        var report = reports.report(municipality, ReportPeriod.half(2025, 1), DepartmentLevel.CENTER, Locale.of("da"));
        assertThat(report.table("top-ten").rows()).extracting(ReportTable.Row::label)
                .containsExactly("Lokale forhold › Parkeringstilladelser");
        assertThat(report.table("complaints-per-group").rows()).filteredOn(r -> r.label().equals("Lokale forhold"))
                .singleElement().satisfies(r -> assertThat(r.cells().getFirst().count()).isEqualTo(1));
    }
}
