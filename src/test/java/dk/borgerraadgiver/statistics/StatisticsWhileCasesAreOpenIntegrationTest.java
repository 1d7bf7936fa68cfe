package dk.borgerraadgiver.statistics;

import java.time.LocalDate;
import java.util.Locale;

import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a case is being worked on, its complaint point often has no handling yet. The report must
 * still be made, and count such a point as "not given yet" (regression: the whole report failed).
 */
@PortalIntegrationTest
class StatisticsWhileCasesAreOpenIntegrationTest {

    @Autowired
    TestMunicipalities testMunicipalities;

    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    StatisticsReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    dk.borgerraadgiver.casework.CaseReader caseReader;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void a_complaint_point_without_handling_is_counted_as_not_given_and_the_report_is_made() {
        long municipality = testMunicipalities.create("907", "open-cases", "Open Cases", new String[][]{{"VO", "Voksne"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long department = testMunicipalities.department(municipality, "VO");
        long category = schemes.categories(municipality).stream().filter(c -> c.code().equals("GFS-SAGSBEHANDLINGSTID"))
                .findFirst().orElseThrow().id();
        var day = LocalDate.of(2024, 3, 4);
        long handled = register(municipality, day, "handled");
        caseFiles.classify(handled, null, PointClassification.of(true, PointKind.COMPLAINT, category, department,
                Handling.MEETING));
        long open = register(municipality, day, "still-open");
        caseFiles.classify(open, null, PointClassification.of(true, PointKind.COMPLAINT, category, department, null));

        var report = reports.report(municipality, ReportPeriod.half(2024, 1), DepartmentLevel.CENTER, Locale.of("da"));

        var handling = report.table("complaint-handling");
        assertThat(handling.rows()).extracting(ReportTable.Row::label)
                .contains("Møde med borger og afdeling", "Behandling ikke angivet endnu");
        assertThat(count(handling, "Møde med borger og afdeling")).isEqualTo(1);
        assertThat(count(handling, "Behandling ikke angivet endnu")).isEqualTo(1);
        assertThat(count(handling, "I alt")).isEqualTo(2);
    }

    @Test
    void the_forwards_table_counts_forwarded_complaints_and_not_forwarded_guidance() {
        long municipality = testMunicipalities.create("976", "forwards-count", "Forwards Count", new String[][]{{"VO", "Voksne"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long department = testMunicipalities.department(municipality, "VO");
        long category = schemes.categories(municipality).stream().filter(c -> c.code().equals("GFS-SAGSBEHANDLINGSTID"))
                .findFirst().orElseThrow().id();
        var day = LocalDate.of(2024, 3, 4);
        long complaint = register(municipality, day, "complaint");
        caseFiles.classify(complaint, null, PointClassification.of(true, PointKind.COMPLAINT, category, department,
                Handling.DIALOGUE_FORWARDED));
        caseFiles.forward(complaint, department, day.plusDays(1), day.plusDays(15));
        caseFiles.registerAnswer(complaint, caseReader.refresh(complaint).forwards().getFirst().id(), day.plusDays(10), true);
        long guidance = register(municipality, day, "guidance");
        caseFiles.classify(guidance, null, PointClassification.of(true, PointKind.GUIDANCE, null, department, null));
        caseFiles.forward(guidance, department, day.plusDays(1), day.plusDays(15));

        var table = reports.report(municipality, ReportPeriod.half(2024, 1), DepartmentLevel.CENTER, Locale.of("da"))
                .table("forwards-in-time");

        var voksne = table.rows().stream().filter(r -> r.label().equals("Voksne")).findFirst().orElseThrow();
        assertThat(voksne.cells().get(0).count()).as("forwarded complaints").isEqualTo(1);
        assertThat(voksne.cells().get(1).count()).as("answered in time").isEqualTo(1);
    }

    private long register(long municipality, LocalDate day, String citizen) {
        return registration.register(new ContactRegistrationForm(municipality, Channel.PHONE, day, "Borger " + citizen,
                citizen + "@example.test", null, null, "Open case", false, false));
    }

    private static long count(ReportTable table, String label) {
        return table.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow()
                .cells().getFirst().count();
    }
}
