package dk.borgerraadgiver.retention.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.TestClients;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The retention pages as their users meet them: an administrator reads and changes a municipality's
 * rules and sees what the next run will delete; an advisor puts a case on legal hold, sees that it
 * blocks the citizen's erasure, lifts it, downloads the access report and erases the citizen's data.
 */
class RetentionJourneyIT extends BrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots/retention");

    @Autowired
    InquiryIntake intake;
    @Autowired
    JdbcTemplate jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void an_administrator_changes_the_rules_and_sees_what_the_next_run_deletes() throws Exception {
        page.navigate(url("/backoffice/administration/sletning?kommune="
                + jdbc.queryForObject("select id from municipality where slug = 'ringsted'", Long.class)));
        signIn("admin", "demo1234");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sletning");
        assertThat(page.getByText("Regler for Ringsted Kommune")).isVisible();
        var months = page.getByLabel("Møder og hjemmebesøg gemmes");
        assertThat(months).hasValue("6");
        assertThat(page.locator("vaadin-grid").first()).containsText("Lukkede sager (tekster, beskeder, filer)");
        assertThat(page.locator("vaadin-grid").first()).containsText("Afsluttede interne hændelser");
        assertNoAccessibilityViolations();
        shot("rules");

        months.fill("0");
        button("Gem reglerne").click();
        assertThat(page.locator(".error-summary")).containsText("Skriv et tal mellem 1 og 120.");
        months.fill("12");
        button("Gem reglerne").click();
        assertThat(page.getByText("Reglerne for Ringsted Kommune er gemt.")).isVisible();
        // The rule is stored; the citizen pages write their privacy text from it.
        assertThat(jdbc.queryForObject("select meeting_months from retention_rule r join municipality m on m.id = r.municipality_id "
                + "where m.slug = 'ringsted'", Integer.class)).isEqualTo(12);
        page.navigate(url("/backoffice/administration/sletning?kommune="
                + jdbc.queryForObject("select id from municipality where slug = 'ringsted'", Long.class)));
        page.getByLabel("Møder og hjemmebesøg gemmes").fill("6");
        button("Gem reglerne").click();
        assertThat(page.getByText("Reglerne for Ringsted Kommune er gemt.")).isVisible();

        button("Kør sletningen nu").click();
        var dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("Det kan ikke fortrydes.");
        assertNoAccessibilityViolations();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fortryd")).click();
        assertThat(dialog).hasCount(0);
    }

    @Test
    void an_advisor_finds_a_citizen_downloads_the_access_report_and_erases_after_lifting_a_legal_hold() throws Exception {
        var email = "journey.slet." + System.nanoTime() + "@example.dk";
        var receipt = intake.submit(new InquirySubmission("ringsted", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.SELF, null, false, "Journey-markør om hjemmehjælpen", "Et svar", "Jonna Journey", email, null,
                PreferredContact.MAIL, false, Locale.of("da"), List.of()), TestClients.next());
        await().until(() -> !jdbc.queryForList("select id from case_file where reference = ? and municipality_id = (select id from municipality where slug = 'ringsted')", Long.class, receipt.reference()).isEmpty());
        long caseId = jdbc.queryForObject("select id from case_file where reference = ? and municipality_id = (select id from municipality where slug = 'ringsted')", Long.class, receipt.reference());

        page.navigate(url("/backoffice/sager/" + caseId));
        signIn("anne", "demo1234");
        page.getByLabel("Hvorfor skal sagen bevares?").fill("Klaget til Ombudsmanden");
        button("Undtag fra sletning").click();
        assertThat(page.getByText("Sagen er undtaget fra sletning: Klaget til Ombudsmanden")).isVisible();

        page.navigate(url("/backoffice/borgerens-data"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Borgerens data – indsigt og sletning");
        page.getByLabel("Cpr-nummer, e-mail, telefon eller navn").fill(email);
        button("Søg").click();
        assertThat(page.getByText("Fundet: 1 sag og ingen møder eller ønsker om hjemmebesøg.")).isVisible();
        assertThat(page.getByText("Kan ikke slettes: sag " + receipt.reference() + " er undtaget fra sletning.")).isVisible();
        assertThat(button("Slet borgerens oplysninger")).isDisabled();
        assertNoAccessibilityViolations();
        assertThat(page.url()).doesNotContain(email).doesNotContain("journey.slet");

        var download = page.waitForDownload(() -> page.getByText("Hent indsigtsrapport (PDF og filer i en ZIP)").click());
        var entries = unzip(Files.readAllBytes(download.path()));
        try (var pdf = Loader.loadPDF(entries.get("indsigt.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Journey-markør om hjemmehjælpen", "Jonna Journey", receipt.reference());
        }

        page.navigate(url("/backoffice/sager/" + caseId));
        button("Ophæv undtagelsen").click();
        assertThat(button("Undtag fra sletning")).isVisible();

        page.navigate(url("/backoffice/borgerens-data"));
        page.getByLabel("Cpr-nummer, e-mail, telefon eller navn").fill(email);
        button("Søg").click();
        button("Slet borgerens oplysninger").click();
        var dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("Klagepunkterne (emne, afdeling, behandling, datoer) bliver");
        shot("confirm-erasure");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet").setExact(true)).click();
        assertThat(page.getByText("Slettet: 1 sag og ingen møder.")).isVisible();
        assertThat(page.locator("vaadin-grid").first()).containsText("(slettet)");
        shot("erased");
        assertThat(jdbc.queryForObject("select count(*) from inquiry where description like ?", Long.class, "%Journey-markør%")).isZero();

        page.navigate(url("/backoffice/sager/" + caseId));
        assertThat(page.getByText("efter reglerne. Klagepunkterne er bevaret til statistikken.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertNoAccessibilityViolations();
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
