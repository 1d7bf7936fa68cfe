package dk.borgerraadgiver.inquiry.ui;


import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

class InquiryJourneyIT extends BrowserTest {

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final String POWER_OF_ATTORNEY_REMINDER = "Husk at sende den underskrevne fuldmagt";

    private Locator radio(String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name));
    }

    /** Continues by keyboard; the new step's heading has the focus, so a screen reader announces it. */
    private void continueWith(String nextHeading) {
        button("Fortsæt").press("Enter");
        assertThat(h1()).hasText(nextHeading);
        assertThat(h1()).isFocused();
    }

    @Test
    void a_daughter_complains_for_her_mother_with_a_power_of_attorney_by_keyboard() throws Exception {
        page.navigate(url("/stevns/henvendelse"));
        assertThat(h1()).hasText("Hvad har du brug for hjælp til?");
        assertNoAccessibilityViolations();
        radio("Klage over kommunens sagsbehandling").press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setChecked(true))).hasCount(0);
        assertNoAccessibilityViolations();
        // Nothing is answered for her: continuing asks for the answer, and the summary link takes her to it.
        page.getByLabel("Dag", EXACT).fill("31");
        page.getByLabel("Måned", EXACT).fill("2");
        page.getByLabel("År", EXACT).fill("2026");
        button("Fortsæt").press("Enter");
        var summary = page.locator(".error-summary");
        assertThat(summary).containsText("Svar på, om du har klaget til eller talt med afdelingen først");
        assertThat(summary).containsText("Datoen findes ikke – tjek dag og måned");
        assertThat(summary).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Fejl: Kan borgerrådgiveren"));
        var errorSize = (String) page.locator("#contacted [slot=error-message]").evaluate("e => getComputedStyle(e).fontSize");
        org.assertj.core.api.Assertions.assertThat(Double.parseDouble(errorSize.replace("px", "")))
                .as("the inline error at body size, not 13 px").isGreaterThanOrEqualTo(16);
        assertNoAccessibilityViolations();
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Svar på"))).press("Enter");
        assertThat(page.locator("#contacted input[type=radio]").first()).isFocused();
        page.keyboard().press("Space");
        assertThat(radio("Ja")).isChecked();
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Datoen findes ikke"))).press("Enter");
        assertThat(page.getByLabel("Dag", EXACT)).isFocused();
        page.getByLabel("Dag", EXACT).fill("28");
        continueWith("Hvem drejer det sig om?");
        assertThat(page).hasTitle(Pattern.compile("^Hvem drejer det sig om"));

        radio("En anden person, som har givet mig fuldmagt").press("Space");
        page.getByLabel("Navn på den, det drejer sig om").fill("Inge Hansen");
        page.getByLabel("Dit navn (til fuldmagten)").fill("Mette Hansen");
        var form = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Hent fuldmagt som PDF")).press("Enter"));
        assertThat(form.suggestedFilename()).as(() -> form.url() + " -> " + readQuietly(form.path())).isEqualTo("fuldmagt.pdf");
        assertThat(new String(Files.readAllBytes(form.path()), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        // By keyboard too: Enter on the upload's button opens the system's file dialog.
        var chooser = page.waitForFileChooser(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Vælg fil"))).first().press("Enter"));
        chooser.setFiles(new FilePayload("fuldmagt-underskrevet.pdf", "application/pdf", Fixtures.pdf("Fuldmagt underskrevet")));
        assertThat(page.getByText("»fuldmagt-underskrevet.pdf« er vedhæftet.")).isVisible();
        assertNoAccessibilityViolations();

        continueWith("Hvad er der sket?");
        var marker = "MOTHER-CARE-MARKER-1618";
        page.getByLabel("Beskriv, hvad der er sket").fill("Min mor har ventet 9 måneder på svar om hjemmehjælp. " + marker);
        continueWith("Hvordan kan vi kontakte dig?");
        assertThat(page.getByLabel("Dit navn")).hasValue("Mette Hansen");
        assertThat(page.locator(".privacy-notice")).containsText("Når sagen er afsluttet, gemmes den i 5 år.");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("mette.hansen@example.dk");
        // The mail language is an optional question, not answered for her; unanswered, it is the page's language.
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setChecked(true))).hasCount(0);
        assertNoAccessibilityViolations();
        continueWith("Tjek dine svar");
        assertThat(page.locator(".summary-list")).containsText("En anden person, som har givet mig fuldmagt: Inge Hansen");
        assertThat(page.locator(".summary-list")).containsText("Dansk");
        assertThat(page.locator(".summary-list")).containsText("fuldmagt-underskrevet.pdf");
        assertThat(page.locator(".summary-list")).containsText("28. februar 2026");
        // A change from the check page returns to it, not through every later step.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ret hvornår skete det")).press("Enter");
        assertThat(h1()).hasText("Kan borgerrådgiveren tage sig af det?");
        page.getByLabel("Dag", EXACT).fill("27");
        continueWith("Tjek dine svar");
        assertThat(page.locator(".summary-list")).containsText("27. februar 2026");
        assertNoAccessibilityViolations();

        button("Send henvendelsen").press("Enter");
        assertThat(h1()).hasText("Din henvendelse er sendt");
        var reference = page.locator(".reference").textContent();
        assertThat(reference).matches("BR-\\d{4}-\\d{6}");
        assertThat(page.getByText(POWER_OF_ATTORNEY_REMINDER)).hasCount(0);
        assertNoAccessibilityViolations();

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.messagesTo("mette.hansen@example.dk").isEmpty());
        var mail = TestSmtp.messagesTo("mette.hansen@example.dk").getFirst();
        assertThat(Mails.textParts(mail)).anySatisfy(text -> assertThat(text).contains(reference))
                .allSatisfy(text -> assertThat(text).doesNotContain(marker).doesNotContain("hjemmehjælp"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Følg din henvendelse")).click();
        assertThat(h1()).hasText("Din henvendelse");
        assertThat(page.getByText(reference)).isVisible();
        assertThat(page.locator("body")).not().containsText(marker);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hent kvittering som PDF"))).hasCount(0);
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se kvittering og send filer")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send mig en kode"))).isVisible();
        // The advisor's notice has no content, only the reference and a link to it in the inbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("borgerraadgiver@stevns.dk").stream()
                .anyMatch(notice -> String.join("\n", Mails.textParts(notice)).contains(reference)));
        var notice = TestSmtp.messagesTo("borgerraadgiver@stevns.dk").stream()
                .map(m -> String.join("\n", Mails.textParts(m))).filter(text -> text.contains(reference)).findFirst().orElseThrow();
        assertThat(notice).doesNotContain(marker).doesNotContain("Inge");
        var inboxLink = Pattern.compile("https?://\\S+/backoffice/sager\\?soeg=\\S+").matcher(notice);
        assertThat(inboxLink.find()).as(notice).isTrue();
        page.navigate(inboxLink.group());
        signIn("anne", "demo1234");
        assertThat(page.locator("vaadin-grid").first()).containsText(reference);
        // The mother the daughter wrote for is found by her own name.
        var search = page.getByLabel("Søg", new Page.GetByLabelOptions().setExact(false)).first();
        search.fill("Inge Hansen");
        search.press("Enter");
        assertThat(page.locator("vaadin-grid").first()).containsText(reference);
    }

    @Test
    void on_a_small_phone_no_question_or_label_is_cut_off() {
        page.setViewportSize(320, 640);
        page.navigate(url("/stevns/henvendelse"));
        radio("Klage over kommunens sagsbehandling").press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        waitUntilVaadinIsIdle();
        assertThat(cutOffTexts()).isEmpty();
        answerScreening(page, "Ja");
        continueWith("Hvem drejer det sig om?");
        continueWith("Hvad er der sket?");
        waitUntilVaadinIsIdle();
        assertThat(cutOffTexts()).isEmpty();
    }

    @Test
    void the_department_list_opened_by_keyboard_passes_axe() {
        page.navigate(url("/stevns/henvendelse"));
        radio("Klage over kommunens sagsbehandling").press("Space");
        page.locator("vaadin-select#department vaadin-select-value-button").press("ArrowDown");
        assertThat(page.getByRole(AriaRole.OPTION).first()).isVisible();
        assertNoAccessibilityViolations();
        page.keyboard().press("Escape");
    }

    @Test
    void a_matter_for_ankestyrelsen_is_told_where_to_go_and_can_still_be_sent() {
        page.navigate(url("/ishoj/henvendelse"));
        radio("Hjælp til at forstå en afgørelse eller et brev").press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("klagevejledning"))).press("Space");

        assertThat(page.getByText(Pattern.compile("kan påklages til en klageinstans"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ankestyrelsen: klag over en afgørelse")))
                .hasAttribute("href", "https://ast.dk/");
        assertThat(page.getByText("Du kan stadig sende din henvendelse.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();

        answerScreening(page, "Ja");
        continueWith("Hvem drejer det sig om?");
        continueWith("Hvad er der sket?");
        page.getByLabel("Beskriv, hvad der er sket").fill("Jeg forstår ikke afgørelsen om førtidspension.");
        continueWith("Hvordan kan vi kontakte dig?");
        page.getByLabel("Dit navn").fill("Ali Ankestyrelse");
        page.getByLabel("Telefonnummer").fill("22 33 44 55");
        continueWith("Tjek dine svar");
        button("Send henvendelsen").press("Enter");
        assertThat(h1()).hasText("Din henvendelse er sendt");
    }

    @Test
    void a_power_of_attorney_not_attached_is_asked_for_on_the_receipt() {
        page.navigate(url("/stevns/henvendelse"));
        radio("Klage over kommunens sagsbehandling").press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        answerScreening(page, "Ja");
        continueWith("Hvem drejer det sig om?");
        radio("En anden person, som har givet mig fuldmagt").press("Space");
        page.getByLabel("Navn på den, det drejer sig om").fill("Ove Olsen");
        continueWith("Hvad er der sket?");
        page.getByLabel("Beskriv, hvad der er sket").fill("Min far har ikke fået svar.");
        continueWith("Hvordan kan vi kontakte dig?");
        page.getByLabel("Dit navn").fill("Olga Olsen");
        page.getByLabel("Telefonnummer").fill("22 33 44 56");
        continueWith("Tjek dine svar");
        button("Send henvendelsen").press("Enter");
        assertThat(h1()).hasText("Din henvendelse er sendt");
        assertThat(page.getByText(POWER_OF_ATTORNEY_REMINDER)).isVisible();
    }

    @Test
    void mistakes_are_listed_in_the_error_summary_and_answers_are_kept() {
        page.navigate(url("/ringsted/henvendelse"));
        button("Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("Vælg, hvad du har brug for hjælp til");
        assertNoAccessibilityViolations();
        radio("Andet").press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        answerScreening(page, "Ja");
        continueWith("Hvem drejer det sig om?");
        continueWith("Hvad er der sket?");

        button("Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("Skriv, hvad der er sket");
        assertNoAccessibilityViolations();
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(
                new FilePayload("foto.jpg", "image/jpeg", Fixtures.exe()));
        assertThat(page.getByText("»foto.jpg« er et program og kan ikke vedhæftes.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        page.getByLabel("Beskriv, hvad der er sket").fill("Min tekst skal blive stående");
        continueWith("Hvordan kan vi kontakte dig?");
        page.getByLabel("Dit navn").fill("Rikke Rettelse");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("ikke en adresse");
        button("Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("rigtige format");
        assertThat(page.getByLabel("Dit navn")).hasValue("Rikke Rettelse");
        assertNoAccessibilityViolations();

        button("Tilbage").press("Enter");
        assertThat(page.getByLabel("Beskriv, hvad der er sket")).hasValue("Min tekst skal blive stående");
    }

    private static String readQuietly(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
