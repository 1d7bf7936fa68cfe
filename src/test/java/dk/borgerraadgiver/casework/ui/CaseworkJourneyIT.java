package dk.borgerraadgiver.casework.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.support.TestClients;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CaseworkJourneyIT extends BrowserTest {

    @Autowired
    InquiryIntake intake;
    @Autowired
    ContactRegistration registration;
    @Autowired
    MunicipalityDirectory municipalities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void choose(Locator scope, String label, String option) {
        scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.locator("vaadin-select-list-box >> visible=true")).hasCount(0);
    }

    @Test
    void advisor_classifies_a_portal_inquiry_forwards_it_registers_the_answer_and_closes_it() {
        var receipt = intake.submit(new InquirySubmission("ringsted", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.SELF, null, false, "Børnecentret har ikke svaret på min ansøgning i fire måneder",
                "Et svar", "Rikke Browser", "rikke.browser@example.dk", null, PreferredContact.MAIL, false,
                Locale.of("da"), List.of()), TestClients.next());
        await().until(() -> jdbc.queryForObject("select count(*) from case_file where reference = ? and municipality_id = (select id from municipality where slug = 'ringsted')", Long.class,
                receipt.reference()) == 1);

        page.setViewportSize(1366, 768);
        page.navigate(url("/backoffice/sager"));
        signIn("anne", "demo1234");
        assertThat(h1()).hasText("Sager");
        assertNoAccessibilityViolations();
        assertThat(page.locator(".shortcut-hint")).hasText("Genvej: Alt+N");
        // At 1366 px with the menu open no inbox cell is cut off: the summary wraps, the status has room.
        assertThat(page.locator("vaadin-grid vaadin-grid-cell-content").first()).isVisible();
        waitUntilVaadinIsIdle();
        @SuppressWarnings("unchecked")
        var cut = (List<String>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid vaadin-grid-cell-content')]"
                + ".filter(c => c.offsetParent !== null && c.textContent.trim() && c.scrollWidth > c.clientWidth + 1)"
                + ".map(c => c.textContent.trim())");
        assertThat(cut).as("inbox cells cut off at 1366 px").isEmpty();
        // ... and every column is in view: the list does not scroll sideways to reach the status.
        assertThat((Boolean) page.locator("vaadin-grid").first().evaluate(
                "g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1; }"))
                .as("the inbox scrolls sideways at 1366 px").isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "inbox-1366.png")));
        page.getByLabel("Søg").fill(receipt.reference());
        page.getByLabel("Søg").press("Enter");
        // Switching the language twice must not add the inbox's listeners again (one click, one opening).
        button("English").click();
        assertThat(h1()).hasText("Cases");
        button("Dansk").click();
        assertThat(h1()).hasText("Sager");
        var row = page.locator("vaadin-grid").getByText(receipt.reference());
        assertThat(row).isVisible();
        row.click();

        assertThat(h1()).containsText(receipt.reference());
        waitUntilVaadinIsIdle();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry a join case_file c on c.id = a.case_id "
                + "where c.reference = ? and c.municipality_id = (select id from municipality where slug = 'ringsted') and a.action = 'CASE_OPENED'", Long.class, receipt.reference()))
                .as("the case was opened once").isEqualTo(1);
        assertThat(page.getByText("Børnecentret har ikke svaret på min ansøgning i fire måneder")).isVisible();
        assertThat(page.locator(".closing-problems")).containsText("Der mangler en hovedsag.");
        assertNoAccessibilityViolations();

        button("Tilføj hovedsag").click();
        var editor = page.locator(".point-editor");
        assertThat(editor.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Hovedsag"))).isChecked();
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem punkt")).click();
        assertThat(editor.getByText("Vælg, hvilken art punktet har.")).isVisible();
        assertThat(page.locator(".point-card")).hasCount(0);
        choose(editor, "Art", "Klage");
        choose(editor, "Kategori", "God forvaltningsskik › Sagsbehandlingstid/manglende svar");
        choose(editor, "Afdeling", "Velfærd › Børnecenter");
        choose(editor, "Behandling", "Dialog: videresendt skriftligt");
        assertNoAccessibilityViolations();
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem punkt")).click();
        assertThat(page.locator(".point-card")).hasCount(1);
        assertThat(page.locator(".point-card").first()).containsText("Hovedsag · Klage");

        button("Tilføj følgesag").click();
        editor = page.locator(".point-editor");
        choose(editor, "Art", "Klage");
        choose(editor, "Kategori", "Forvaltningslov og offentlighedslov › Partshøring");
        choose(editor, "Afdeling", "Velfærd › Børnecenter");
        choose(editor, "Behandling", "Dialog: videresendt skriftligt");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem punkt")).click();
        assertThat(page.locator(".point-card")).hasCount(2);
        assertThat(page.locator(".point-card").nth(1)).containsText("Følgesag · Klage");
        assertThat(page.locator(".point-card").nth(1)).containsText("Partshøring");

        button("Registrér videresendelse").click();
        assertThat(page.locator(".case-meta .status-badge")).hasText("Afventer svar");
        assertThat(page.locator(".forward-card")).containsText("Velfærd › Børnecenter".substring(10));
        assertNoAccessibilityViolations();

        button("Registrér svar").click();
        assertThat(page.locator(".forward-card")).containsText("Svar modtaget");
        assertThat(page.locator(".case-meta .status-badge")).hasText("Under behandling");

        button("Luk sagen").click();
        assertThat(page.locator(".case-meta .status-badge")).hasText("Lukket");
        assertThat(button("Genåbn sagen")).isVisible();
        assertNoAccessibilityViolations();

        assertThat(jdbc.queryForObject("select status from case_file where reference = ? "
                + "and municipality_id = (select id from municipality where slug = 'ringsted')", String.class, receipt.reference()))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForList("select p.main from complaint_point p join case_file c on c.id = p.case_id "
                + "where c.reference = ? and c.municipality_id = (select id from municipality where slug = 'ringsted') order by p.id", Boolean.class, receipt.reference())).containsExactly(true, false);
        assertThat(jdbc.queryForObject("select answered_on from case_forward f join case_file c on c.id = f.case_id "
                + "where c.reference = ? and c.municipality_id = (select id from municipality where slug = 'ringsted')", LocalDate.class, receipt.reference())).isEqualTo(LocalDate.now(clock.withZone(TimeSlot.ZONE)));
    }

    @Test
    void advisor_registers_a_phone_call_in_five_inputs() {
        page.navigate(url("/backoffice/sager"));
        signIn("bo", "demo1234");
        assertThat(h1()).hasText("Sager");

        page.keyboard().press("Alt+n");                                              // 1
        assertThat(h1()).hasText("Registrér henvendelse");
        assertNoAccessibilityViolations();
        button("Registrér").click();
        assertThat(page.locator(".error-summary")).containsText("Skriv borgerens navn");
        assertThat(page.locator(".error-summary")).containsText("Skriv kort, hvad henvendelsen drejer sig om");
        assertNoAccessibilityViolations();

        page.getByLabel("Borgerens navn").fill("Telefon Tove");                      // 2
        page.getByLabel("Telefon (valgfrit)").fill("31 41 59 26");                   // 3
        page.getByLabel("Kort om henvendelsen").fill("Spørger til klagefrist over afslag på boligstøtte"); // 4
        button("Registrér").click();                                                 // 5

        assertThat(h1()).containsText("Telefon Tove");
        assertThat(page.locator(".case-meta")).containsText("Telefon");
        assertThat(jdbc.queryForObject("select channel from case_file where citizen_name = 'Telefon Tove'", String.class))
                .isEqualTo("PHONE");
        assertThat(jdbc.queryForObject("select count(*) from case_file where citizen_phone = '31 41 59 26' and registered_by = 'bo'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void advisor_writes_to_the_citizen_who_reads_it_with_a_one_time_code_and_answers() {
        String email = "sikker.besked@example.dk";
        SignedIn.as("anne", "ADVISOR");
        long caseId = registration.register(new ContactRegistrationForm(municipalities.findBySlug("stevns").orElseThrow().id(),
                Channel.PERSONAL_VISIT, LocalDate.now(clock.withZone(TimeSlot.ZONE)), "Sikker Sigrid", email, null, null,
                "Spørgsmål om ledsageordning", false, false));
        SignedIn.signOut();

        page.navigate(url("/backoffice/sager/" + caseId));
        signIn("anne", "demo1234");
        assertThat(h1()).containsText("Sikker Sigrid");
        page.getByLabel("Ny besked til borgeren").fill("Centret har lovet at ringe til dig i næste uge.");
        button("Send sikker besked").click();
        assertThat(page.locator(".message--advisor")).containsText("Centret har lovet at ringe");

        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo(email)).hasSize(1));
        var notice = String.join("\n", Mails.textParts(TestSmtp.messagesTo(email).getFirst()));
        assertThat(notice).doesNotContain("Centret har lovet");
        var link = Pattern.compile("(http://\\S+/besked/\\S+)").matcher(notice);
        assertThat(link.find()).isTrue();

        var citizen = anotherBrowser();
        citizen.navigate(link.group(1));
        var citizenH1 = citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(citizenH1).hasText("Beskeder fra borgerrådgiveren");
        assertThat(citizen.getByText("Centret har lovet")).hasCount(0);
        assertNoAccessibilityViolations(citizen);
        // By keyboard, as the citizen's other journeys.
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send mig en kode")).press("Enter");
        assertThat(citizen.getByText("Vi har sendt en kode til s***@example.dk")).isVisible();
        await().untilAsserted(() -> assertThat(TestSmtp.messagesTo(email)).hasSize(2));
        var codeMail = String.join("\n", Mails.textParts(TestSmtp.messagesTo(email).get(1)));
        var code = Pattern.compile("engangskode er: (\\d{6})").matcher(codeMail);
        assertThat(code.find()).isTrue();

        citizen.getByLabel("Kode fra mailen").fill(code.group(1).equals("123456") ? "654321" : "123456");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsæt")).press("Enter");
        assertThat(citizen.locator(".error-summary")).containsText("Koden er forkert");
        assertNoAccessibilityViolations(citizen);
        citizen.getByLabel("Kode fra mailen").fill(code.group(1));
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsæt")).press("Enter");

        assertThat(citizenH1).containsText("Beskeder i sag");
        assertThat(citizenH1).isFocused();
        assertThat(citizen.getByText("Centret har lovet at ringe til dig i næste uge.")).isVisible();
        assertNoAccessibilityViolations(citizen);
        citizen.getByLabel("Dit svar").fill("Tak, jeg er hjemme om formiddagen.");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svar")).press("Enter");
        assertThat(citizen.getByText("Dit svar er sendt sikkert til borgerrådgiveren.")).isVisible();
        assertThat(citizen.locator(".message--citizen")).containsText("Tak, jeg er hjemme om formiddagen.");

        page.reload();
        assertThat(page.locator(".message--citizen")).containsText("Tak, jeg er hjemme om formiddagen.");
        assertThat(page.locator(".message--advisor")).containsText("læst");
    }

    @Test
    void other_work_categories_and_access_log_pages_work_for_an_administrator() {
        page.navigate(url("/backoffice/aktiviteter"));
        signIn("admin", "demo1234");
        assertThat(h1()).hasText("Andre opgaver");
        assertNoAccessibilityViolations();
        choose(page.locator(".inline-form"), "Opgave", "Mægling");
        page.getByLabel("Notat (valgfrit)").fill("Mægling mellem borger og Teknik");
        button("Registrér opgave").click();
        assertThat(page.locator("vaadin-grid").getByText("Mægling mellem borger og Teknik")).isVisible();

        page.navigate(url("/backoffice/kategorier"));
        assertThat(h1()).hasText("Klassifikationsskemaer");
        choose(page.locator(".backoffice-page"), "Kommune", "Stevns Kommune");
        assertThat(page.getByText("Bygger på: Stevns’ 7 kategorier")).isVisible();
        assertThat(page.locator(".category-code").filter(new Locator.FilterOptions().setHasText("4.4"))).hasCount(1);
        assertNoAccessibilityViolations();

        page.navigate(url("/backoffice/adgangslog"));
        assertThat(h1()).hasText("Adgangslog pr. borger");
        page.getByLabel("Borgerens CPR-nummer, e-mail eller telefon").fill("ingen.adgang@example.dk");
        button("Vis adgang").click();
        assertThat(page.getByText("0 registreringer fundet")).isVisible();
        assertNoAccessibilityViolations();
    }
}
