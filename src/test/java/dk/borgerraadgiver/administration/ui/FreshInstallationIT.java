package dk.borgerraadgiver.administration.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.shared.PortalTime;
import com.microsoft.playwright.options.FilePayload;
import dk.borgerraadgiver.support.BrowserJourney;
import dk.borgerraadgiver.support.OwnDatabase;
import dk.borgerraadgiver.support.Fixtures;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.TestInfrastructure;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A municipality goes live from an empty, production-like database — no demo data, no SQL: the
 * bootstrap administrator signs in and chooses a password, creates Sorø Kommune (340) with the
 * statistikmodul scheme, three departments from a pasted list, a town hall office and a library, and
 * invites the advisor, who chooses a password from the mail, signs in and sets weekly office hours.
 * A citizen books a meeting at /soroe and sends a complaint; the advisor finds and classifies it, and
 * it shows in the statistics. The portal runs on a database of its own (the shared test database
 * keeps its demo data), and the context is closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo-data.enabled=false",
        "portal.bootstrap.admin-username=it-chef",
        "portal.bootstrap.admin-password=Udleveret-start-1",
        "portal.database.embedded-engine.database-name=fresh_installation",
        "portal.database.embedded-engine.data-directory=target/mariadb-fresh"})
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@DirtiesContext
class FreshInstallationIT extends BrowserJourney {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/login/adgangskode/[A-Za-z0-9_-]{43}");
    @Autowired
    JdbcTemplate jdbc;

    private static final Path SHOTS = Path.of("target", "screenshots", "fresh-installation");

    /** On the machine's MariaDB (CI), a database of its own next to the shared one. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        OwnDatabase.register(registry, "fresh_installation");
    }

    private static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static void signIn(Page page, String username, String password) {
        page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(password);
        button(page, "Log ind").click();
    }

    @Test
    void an_it_department_sets_up_soroe_and_a_citizen_and_the_advisor_use_it() throws Exception {
        // The bootstrap administrator must choose a password of their own before anything else.
        page.navigate(url("/backoffice"));
        signIn(page, "it-chef", "Udleveret-start-1");
        page.navigate(url("/backoffice/administration/kommuner"));
        assertThat(h1(page)).hasText("Skift adgangskode");
        assertThat(page.getByText("Før du kan bruge portalen")).isVisible();
        page.getByLabel("Nuværende adgangskode").fill("Udleveret-start-1");
        page.getByLabel("Ny adgangskode").fill("password12345");
        page.getByLabel("Gentag den nye adgangskode").fill("password12345");
        button(page, "Gem adgangskoden").click();
        assertThat(page.locator(".error-summary")).containsText("for almindelig");
        page.getByLabel("Ny adgangskode").fill("Sorø sø og akademi 1586");
        page.getByLabel("Gentag den nye adgangskode").fill("Sorø sø og akademi 1586");
        button(page, "Gem adgangskoden").click();
        assertThat(page.getByText("Du betjener ingen kommuner endnu.")).isVisible();
        assertNoAccessibilityViolations();

        // Sorø Kommune: the code fills in the name and the address part; an unreadable colour is refused.
        page.navigate(url("/backoffice/administration/kommune"));
        assertThat(h1(page)).hasText("Opret kommune");
        page.getByLabel("Kommunekode").fill("340");
        page.getByLabel("Kommunekode").press("Tab");
        assertThat(page.getByLabel("Officielt navn")).hasValue("Sorø Kommune");
        assertThat(page.getByLabel("Adresse-del")).hasValue("soroe");
        page.getByLabel("Telefon til borgerrådgiveren").fill("57 87 60 00");
        page.getByLabel("E-mail til borgerrådgiveren").fill("borgerraadgiver@soroe.test");
        page.getByLabel("Telefontid (dansk)").fill("Hverdage kl. 9–14");
        page.getByLabel("Telefontid (engelsk)").fill("Weekdays 9:00–14:00");
        page.getByLabel("Kommunens farve").fill("#f2b705");
        button(page, "Opret kommunen").click();
        assertThat(page.locator(".error-summary")).containsText("kontrast mod hvidt");
        var suggestion = Pattern.compile("#[0-9a-f]{6}").matcher(page.locator(".error-summary").textContent());
        assertThat(suggestion.find()).isTrue();
        page.getByLabel("Kommunens farve").fill(suggestion.group());
        assertNoAccessibilityViolations();
        shot(page, "01-municipality-form");
        button(page, "Opret kommunen").click();
        assertThat(h1(page)).hasText("Kommuner");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sorø Kommune"))).isVisible();

        // Three departments from a pasted list: checked first, then created together.
        page.navigate(url("/backoffice/administration/afdelinger"));
        assertThat(h1(page)).hasText("Afdelinger");
        page.getByLabel("Liste over afdelinger").fill("SB; Social og Beskæftigelse;\nBU; Børn og Unge;\nTM; Teknik og Miljø;");
        button(page, "Tjek listen").click();
        assertThat(page.getByText("Alle 3 linjer kan oprettes.", new Page.GetByTextOptions().setExact(false))).isVisible();
        button(page, "Opret afdelingerne").click();
        assertThat(page.locator(".department-tree li")).hasCount(3);
        assertThat(page.locator(".department-tree")).containsText("Teknik og Miljø (TM)");
        assertNoAccessibilityViolations();
        shot(page, "02-departments");

        // A town hall office and a library.
        page.navigate(url("/backoffice/administration/moedesteder"));
        addPlace("Rådhuset", "Sorø Rådhus, borgerrådgiverens kontor", "Rådhusvej 8");
        addPlace("Biblioteket", "Sorø Bibliotek", "Storgade 7");
        assertThat(page.getByText("Sorø Bibliotek – Biblioteket")).isVisible();
        assertNoAccessibilityViolations();

        // The advisor is invited; the mail holds a single-use link and no password.
        page.navigate(url("/backoffice/administration/medarbejdere"));
        assertThat(h1(page)).hasText("Medarbejdere");
        var invite = page.locator(".add-form");
        invite.getByLabel("Brugernavn", new Locator.GetByLabelOptions().setExact(true)).fill("ahol");
        invite.getByLabel("Navn", new Locator.GetByLabelOptions().setExact(true)).fill("Anne Holm");
        invite.getByLabel("Arbejds-e-mail").fill("anne.holm@soroe.test");
        invite.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Sorø Kommune")).check();
        button(page, "Send invitationen").click();
        assertThat(page.getByText("Anne Holm (ahol)", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();
        shot(page, "03-staff");
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestSmtp.messagesTo("anne.holm@soroe.test").isEmpty());
        var invitation = String.join("\n", Mails.textParts(TestSmtp.messagesTo("anne.holm@soroe.test").getLast()));
        var link = LINK.matcher(invitation);
        assertThat(link.find()).as("the invitation holds the link").isTrue();

        // The advisor chooses a password, signs in and opens booking with weekly hours.
        var advisor = anotherBrowser();
        advisor.navigate(link.group());
        assertThat(h1(advisor)).hasText("Velkommen til borgerrådgiverportalen");
        assertNoAccessibilityViolations(advisor);
        advisor.getByLabel("Ny adgangskode").fill("Anne skriver sikre breve");
        advisor.getByLabel("Gentag den nye adgangskode").fill("Anne skriver sikre breve");
        button(advisor, "Gem adgangskoden").click();
        assertThat(h1(advisor)).hasText("Din adgangskode er gemt");
        advisor.navigate(link.group());
        assertThat(h1(advisor)).hasText("Linket virker ikke længere");
        advisor.navigate(url("/backoffice/traeffetider"));
        signIn(advisor, "ahol", "Anne skriver sikre breve");
        advisor.navigate(url("/backoffice/traeffetider"));
        assertThat(h1(advisor)).hasText("Træffetider");
        button(advisor, "Opret mødetyperne for Sorø Kommune").click();
        advisor.getByText("Møde på rådhuset – Sorø Kommune").click();
        var editor = advisor.locator("vaadin-details[opened]");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj ugedag")).click();
        assertThat(editor.locator(".hours-rows vaadin-time-picker")).hasCount(2);
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem ændringer")).click();
        // The saved hours, not the notification that says so (it is gone after five seconds on a busy machine).
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from weekly_hours", Long.class) == 1);

        // A citizen books a meeting and sends a complaint at /soroe.
        var citizen = anotherBrowser();
        citizen.navigate(url("/soroe"));
        assertThat(h1(citizen)).containsText("Sorø Kommune");
        citizen.navigate(url("/soroe/book"));
        assertThat(h1(citizen)).hasText("Hvordan vil du mødes med borgerrådgiveren?");
        citizen.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Møde på rådhuset")).press("Space");
        button(citizen, "Fortsæt").press("Enter");
        assertThat(h1(citizen)).hasText("Hvilken dag passer dig?");
        citizen.locator("button.calendar-day").first().press("Enter");
        assertThat(h1(citizen)).hasText("Hvilket tidspunkt passer dig?");
        citizen.getByRole(AriaRole.RADIO).first().press("Space");
        button(citizen, "Fortsæt").press("Enter");
        citizen.getByLabel("Dit navn").fill("Birgit Borger");
        citizen.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("birgit.borger@example.dk");
        button(citizen, "Fortsæt").press("Enter");
        assertThat(h1(citizen)).hasText("Tjek dine svar");
        button(citizen, "Bekræft booking").press("Enter");
        assertThat(h1(citizen)).hasText("Dit møde er booket");
        assertThat(citizen.getByText("Sorø Rådhus, borgerrådgiverens kontor", new Page.GetByTextOptions().setExact(false)).first()).isVisible();

        citizen.navigate(url("/soroe/henvendelse"));
        citizen.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling")).press("Space");
        continueWith(citizen, "Kan borgerrådgiveren tage sig af det?");
        answerScreening(citizen, "Ja");
        continueWith(citizen, "Hvem drejer det sig om?");
        continueWith(citizen, "Hvad er der sket?");
        citizen.getByLabel("Beskriv, hvad der er sket").fill("Jobcentret har ikke svaret på min ansøgning i tre måneder.");
        continueWith(citizen, "Hvordan kan vi kontakte dig?");
        citizen.getByLabel("Dit navn").fill("Birgit Borger");
        citizen.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("birgit.borger@example.dk");
        continueWith(citizen, "Tjek dine svar");
        button(citizen, "Send henvendelsen").press("Enter");
        assertThat(h1(citizen)).hasText("Din henvendelse er sendt");
        var reference = citizen.locator(".reference").first().textContent().strip();

        // The advisor finds the complaint in the inbox and classifies it.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from case_file where reference = ?", Long.class, reference) == 1);
        advisor.navigate(url("/backoffice/sager"));
        assertThat(h1(advisor)).hasText("Sager");
        var row = advisor.locator("vaadin-grid").getByText(reference);
        assertThat(row).isVisible();
        row.click();
        assertThat(h1(advisor)).containsText(reference);
        button(advisor, "Tilføj hovedsag").click();
        var point = advisor.locator(".point-editor");
        choosePoint(advisor, point, "Art", "Klage");
        choosePoint(advisor, point, "Kategori", "God forvaltningsskik › Sagsbehandlingstid/manglende svar");
        choosePoint(advisor, point, "Afdeling", "Social og Beskæftigelse");
        choosePoint(advisor, point, "Behandling", "Dialog: videresendt skriftligt");
        point.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem punkt")).click();
        assertThat(advisor.locator(".point-card")).hasCount(1);

        // And it shows in the statistics of the current half-year.
        var today = PortalTime.today(Clock.systemUTC());
        var half = today.getMonthValue() <= 6 ? 1 : 2;
        advisor.navigate(url("/backoffice/statistik"));
        assertThat(h1(advisor)).hasText("Statistik og beretning");
        choose(advisor, "Periode", half + ". halvår " + today.getYear());
        button(advisor, "Vis statistik").click();
        var summary = advisor.locator("table.figures").filter(new Locator.FilterOptions().setHasText("Unikke borgere")).first();
        assertThat(summary).isVisible();
        assertThat(summary.locator("tbody td").first()).hasText("1");
        shot(advisor, "04-statistics");

        // "Forgot password" from the login page sends a new link, and says the same for any address.
        var forgetful = anotherBrowser();
        forgetful.navigate(url("/login"));
        button(forgetful, "Glemt adgangskode?").click();
        assertThat(forgetful.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)
                .setName("Glemt adgangskode").setExact(true))).isVisible();
        assertNoAccessibilityViolations(forgetful);
        forgetful.getByLabel("Arbejds-e-mail eller brugernavn").fill("anne.holm@soroe.test");
        button(forgetful, "Send linket").click();
        assertThat(h1(forgetful)).hasText("Tjek din mail");
        assertNoAccessibilityViolations(forgetful);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.messagesTo("anne.holm@soroe.test").size() == 2);

        // The change log tells who set Sorø up.
        page.navigate(url("/backoffice/administration/log"));
        assertThat(page.locator(".admin-list")).containsText("it-chef");
        assertThat(page.locator(".admin-list")).containsText("Anne Holm (ahol)");
        assertNoAccessibilityViolations();

        // The municipality's own logo on its citizen pages: a PNG made anew.
        page.navigate(url("/backoffice/administration/kommuner"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sorø Kommune")).click();
        assertThat(h1(page)).hasText("Sorø Kommune");
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("soroe-logo.png", "image/png",
                Fixtures.png(900, 300)));
        assertThat(page.getByText("Logoet er gemt og vises nu på borgernes sider.")).isVisible();
        assertNoAccessibilityViolations();
        shot(page, "06-municipality-edit");
        citizen.navigate(url("/soroe"));
        assertThat(citizen.locator("img.brand-logo")).isVisible();
        assertThat(citizen.locator("img.brand-logo")).hasAttribute("src", Pattern.compile("^data:image/png;base64,"));
        shot(citizen, "07-citizen-landing");

        page.setViewportSize(390, 844);
        page.navigate(url("/backoffice/administration/medarbejdere"));
        assertThat(h1(page)).hasText("Medarbejdere");
        shot(page, "05-staff-phone");
    }

    private void addPlace(String kind, String name, String street) {
        var form = page.locator(".add-form");
        form.getByLabel("Slags", new Locator.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(kind).setExact(true)).click();
        form.getByLabel("Navn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        form.getByLabel("Gade og nummer").fill(street);
        form.getByLabel("Postnummer").fill("4180");
        form.getByLabel("By", new Locator.GetByLabelOptions().setExact(true)).fill("Sorø");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj mødestedet")).click();
        assertThat(page.getByText(name + " – " + kind)).isVisible();
    }

    private static void continueWith(Page page, String nextHeading) {
        button(page, "Fortsæt").press("Enter");
        assertThat(h1(page)).hasText(nextHeading);
    }

    private static void choosePoint(Page page, Locator scope, String label, String option) {
        scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
