package dk.borgerraadgiver.statistics.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class StatisticsJourneyIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void advisor_sees_the_last_whole_half_year_opens_a_figure_and_downloads_excel_pdf_and_word() throws Exception {
        // The demo data covers the last two years, so the half-year that ended most recently is full of cases.
        var today = PortalTime.today(Clock.systemUTC());
        int half = today.getMonthValue() > 6 ? 1 : 2;
        int year = half == 1 ? today.getYear() : today.getYear() - 1;
        var period = half == 1 ? "1. januar " + year + " – 30. juni " + year : "1. juli " + year + " – 31. december " + year;
        page.navigate(url("/backoffice/statistik"));
        signIn("anne", "demo1234");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Statistik og beretning");

        page.getByLabel("Periode", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(half + ". halvår " + year).setExact(true)).click();
        button("Vis statistik").click();
        var heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first();
        assertThat(heading).containsText("Halvårsstatus");
        assertThat(heading).containsText(period);
        var summary = page.locator("table.figures").filter(new Locator.FilterOptions().setHasText("Unikke borgere")).first();
        assertThat(summary).isVisible();
        assertThat(page.locator("img.report-chart").first()).isVisible();
        // Every chart is drawn, not shown as a broken picture with its text alternative.
        page.waitForFunction("() => [...document.querySelectorAll('img.report-chart')].every(i => i.complete)");
        assertThat((Boolean) page.evaluate(
                "() => [...document.querySelectorAll('img.report-chart')].every(i => i.naturalWidth > 0)")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "statistics.png")));
        // At 1024 × 768 with the menu open, no table runs past the window: a wide one scrolls in its own box.
        page.setViewportSize(1024, 768);
        waitUntilVaadinIsIdle();
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('.figures-scroll')].every(box =>"
                + " box.getBoundingClientRect().right <= window.innerWidth + 1 && getComputedStyle(box).overflowX === 'auto')")).isTrue();
        page.setViewportSize(1280, 900);
        assertThat(page.locator("img.report-chart").first()).hasAttribute("alt", Pattern.compile(".+: .+ \\d+"));
        assertNoAccessibilityViolations();

        var onPage = new ArrayList<Long>();
        for (var text : summary.locator("tbody td").allTextContents()) {
            onPage.add(Long.parseLong(text.trim()));
        }
        assertThat(onPage).hasSize(8);
        assertThat(onPage.get(2)).isEqualTo(onPage.get(0) + onPage.get(1));
        assertThat(onPage.get(6)).isEqualTo(onPage.get(2) + onPage.get(5));
        assertThat(onPage.get(0)).isPositive();

        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'CASE_LIST_OPENED'", Long.class);
        summary.locator("tbody tr").first().getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByText(onPage.get(0) + " sager. Visningen er logget.")).isVisible();
        assertThat(page.locator("vaadin-dialog vaadin-grid")).isVisible();
        assertNoAccessibilityViolations();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASE_LIST_OPENED'", Long.class))
                .isEqualTo(before + onPage.get(0));
        button("Luk").click();
        assertThat(page.locator("vaadin-dialog vaadin-grid")).hasCount(0);

        var excel = page.waitForDownload(() -> page.getByText("Hent Excel").first().click());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(excel.path())))) {
            var sheet = workbook.getSheetAt(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Klager og andre henvendelser, hoved- og følgesager");
            for (int i = 0; i < 8; i++) {
                assertThat((long) sheet.getRow(5 + i).getCell(1).getNumericCellValue()).isEqualTo(onPage.get(i));
            }
        }
        var pdf = page.waitForDownload(() -> page.getByText("Hent PDF-udkast").first().click());
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Halvårsstatus", "Ringsted Kommune", "Unikke borgere " + onPage.get(7));
        }
        var word = page.waitForDownload(() -> page.getByText("Hent Word-udkast").first().click());
        assertThat(word.suggestedFilename()).startsWith("statistik-ringsted-kommune-").endsWith(".docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(word.path()))) {
            var uniqueCitizens = document.getTables().stream().flatMap(table -> table.getRows().stream())
                    .filter(row -> row.getCell(0).getText().equals("Unikke borgere")).findFirst().orElseThrow();
            assertThat(uniqueCitizens.getCell(1).getText()).isEqualTo(String.valueOf(onPage.get(7)));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORTED' and actor = 'anne'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }
}
