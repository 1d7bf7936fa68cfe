package dk.borgerraadgiver.statistics;

import java.util.Locale;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The advisor's own introduction and recommendations are kept per period and go into that period's report. */
@PortalIntegrationTest
class ReportTextsIntegrationTest {

    @Autowired
    TestMunicipalities testMunicipalities;

    @Autowired
    ReportTexts texts;
    @Autowired
    StatisticsReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void a_saved_introduction_belongs_to_its_period_and_is_in_its_report() {
        long municipality = testMunicipalities.create("908", "report-words", "Report Words", new String[][]{{"VO", "Voksne"}});
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var half = ReportPeriod.half(2025, 1);

        texts.save(municipality, half, "Halvåret bød på flere klager over sagsbehandlingstid.", "Svar inden for fristen.");

        assertThat(texts.find(municipality, half).intro()).isEqualTo("Halvåret bød på flere klager over sagsbehandlingstid.");
        assertThat(texts.find(municipality, ReportPeriod.half(2025, 2)).intro()).isEmpty();
        var report = reports.report(municipality, half, DepartmentLevel.CENTER, Locale.of("da"));
        assertThat(report.intro()).startsWith("Halvåret bød på");
        assertThat(report.recommendations()).isEqualTo("Svar inden for fristen.");
    }
}
