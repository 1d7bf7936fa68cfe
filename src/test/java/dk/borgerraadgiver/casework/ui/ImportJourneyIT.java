package dk.borgerraadgiver.casework.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.RegistrationFormat;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ImportJourneyIT extends BrowserTest {

    @Autowired
    TestMunicipalities testMunicipalities;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClassificationSchemes schemes;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String complaintsMainIn2025() {
        page.navigate(url("/backoffice/statistik"));
        page.getByLabel("Periode", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Året 2025").setExact(true)).click();
        button("Vis statistik").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first()).containsText("Aabenraa Import");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first()).containsText("2025");
        var summary = page.locator("table.figures").filter(new Locator.FilterOptions().setHasText("Unikke borgere")).first();
        return summary.locator("tbody tr").first().locator("td").textContent().trim();
    }

    private static FilePayload csv(List<String> rows) {
        var text = String.join(";", RegistrationFormat.COLUMNS) + "\n" + String.join("\n", rows) + "\n";
        return new FilePayload("registreringer.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void advisor_sees_two_problems_fixes_the_file_imports_it_and_the_statistics_change() {
        long municipality = testMunicipalities.create("930", "aabenraa-import", "Aabenraa Import",
                new String[][]{{"SOC", "Socialcenter"}, {"TEK", "Teknikcenter"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        page.navigate(url("/backoffice/statistik"));
        signIn(TestMunicipalities.ADVISOR, TestMunicipalities.PASSWORD);
        assertThat(complaintsMainIn2025()).isEqualTo("0");

        page.navigate(url("/backoffice/import"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Import og eksport af registreringer");
        assertNoAccessibilityViolations();
        var good = "930;a-1;;03-02-2025;PHONE;borger-1;COMPLAINT;;GFS-SAGSBEHANDLINGSTID;SOC;MEETING;;;nej;;;";
        var followUp = "930;a-2;a-1;03-02-2025;PHONE;borger-1;COMPLAINT;;FVL-PARTSHOERING;SOC;MEETING;;;nej;;;";
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(csv(List.of(good, followUp,
                "930;b-1;;10-03-2025;LETTER;borger-2;COMPLAINT;;GFS-TYPO;TEK;DIALOGUE_INFORMAL;;;nej;;;",
                "930;c-1;;10-03-2099;EMAIL;borger-3;GUIDANCE;;;TEK;;;;nej;;;")));

        var problems = page.locator("vaadin-grid.problem-grid");
        assertThat(problems).containsText("Ukendt kategorikode \"GFS-TYPO\"");
        assertThat(problems).containsText("Datoen 10-03-2099 ligger i fremtiden.");
        assertThat(page.getByText("2 problemer skal rettes i filen")).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("rækker læst; 2 af dem har problemer"))).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("nye sager"))).hasCount(0);
        assertNoAccessibilityViolations();
        assertThat(jdbc.queryForObject("select count(*) from case_file where municipality_id = ?", Long.class, municipality)).isZero();

        page.locator("vaadin-upload input[type=file]").first().setInputFiles(csv(List.of(good, followUp,
                "930;b-1;;10-03-2025;LETTER;borger-2;COMPLAINT;;GFS-ORIENTERING;TEK;DIALOGUE_INFORMAL;11-03-2025;;nej;;;",
                "930;c-1;;10-03-2025;EMAIL;borger-3;GUIDANCE;;;TEK;;;;nej;;;")));
        assertThat(page.getByText("Filen har ingen problemer.")).isVisible();
        assertThat(page.getByText("1 række ser tvivlsom ud.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.locator("vaadin-grid.warning-grid")).containsText("En uformel dialog har normalt hverken udtalelse eller kritik.");
        assertNoAccessibilityViolations();
        button("Importér 3 sager med 4 punkter").click();
        assertThat(page.getByText("Importen er gennemført: 3 sager og 4 punkter.")).isVisible();
        assertThat((String) page.locator("vaadin-date-picker").first().evaluate("picker => picker.value"))
                .as("the export offers the period just imported").isEqualTo("2025-02-03");
        assertThat((String) page.locator("vaadin-date-picker").nth(1).evaluate("picker => picker.value")).isEqualTo("2025-03-10");
        var history = page.locator("vaadin-grid.import-history-grid");
        assertThat(history).containsText("registreringer.csv");
        assertThat(history).containsText("3 sager, 4 punkter");
        assertThat(history).containsText("Kan fortrydes af en administrator");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortryd importen af registreringer.csv")
                .setExact(false))).hasCount(0);
        assertNoAccessibilityViolations();

        assertThat(complaintsMainIn2025()).isEqualTo("2");
    }
}
