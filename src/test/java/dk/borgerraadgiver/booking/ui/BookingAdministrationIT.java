package dk.borgerraadgiver.booking.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import java.util.Locale;

class BookingAdministrationIT extends BrowserTest {

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void citizen_asks_for_a_home_visit_and_the_advisor_accepts_a_proposed_time() {
        page.navigate(url("/stevns/book"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Hjemmebesøg eller møde et andet sted")).press("Space");
        button("Fortsæt").press("Enter");
        assertThat(h1()).hasText("Hvor og hvornår vil du mødes?");
        assertThat(page.getByText("Trin 2 af 4")).isVisible();
        assertNoAccessibilityViolations();

        button("Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("Skriv, hvor mødet skal være");
        assertNoAccessibilityViolations();

        var day = LocalDate.now(TimeSlot.ZONE).plusWeeks(2).with(DayOfWeek.WEDNESDAY);
        page.getByLabel("Hvor skal mødet være?").fill("Møllevej 3, 4660 Store Heddinge");
        page.getByLabel("Hvorfor passer det bedst, at borgerrådgiveren kommer til dig?").fill("Jeg kan ikke gå ret langt");
        // The proposal is a day in three number fields and a time from a named list: no calendar overlay.
        var proposal = page.locator("#proposal-1");
        var exact = new Locator.GetByLabelOptions().setExact(true);
        proposal.getByLabel("Dag", exact).fill(String.valueOf(day.getDayOfMonth()));
        proposal.getByLabel("Måned", exact).fill(String.valueOf(day.getMonthValue()));
        proposal.getByLabel("År", exact).fill("20");
        button("Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("Forslag 1: Skriv året med fire cifre");
        proposal.getByLabel("År", exact).fill(String.valueOf(day.getYear()));
        button("Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("Forslag 1: Vælg et klokkeslæt");
        proposal.locator("vaadin-select vaadin-select-value-button").press("ArrowDown");
        var ten = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("kl. 10.00").setExact(true));
        assertThat(ten).isVisible();
        assertNoAccessibilityViolations();
        ten.press("Enter");
        button("Fortsæt").press("Enter");
        assertThat(h1()).hasText("Hvordan kan vi kontakte dig?");
        page.getByLabel("Dit navn").fill("Olga Hjemmebesøg");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("olga.browser@example.dk");
        button("Fortsæt").press("Enter");
        assertThat(h1()).hasText("Tjek dine svar");
        assertThat(page.getByText("Møllevej 3, 4660 Store Heddinge")).isVisible();
        button("Send anmodningen").press("Enter");
        assertThat(h1()).hasText("Din anmodning er sendt");
        var reference = page.locator(".reference").textContent();
        assertNoAccessibilityViolations();

        page.navigate(url("/backoffice/hjemmebesoeg"));
        signIn("anne", "demo1234");
        assertThat(h1()).hasText("Anmodninger om hjemmebesøg");
        var card = page.locator(".request-card").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(card).containsText("Jeg kan ikke gå ret langt");
        assertNoAccessibilityViolations();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Acceptér"))).first().click();
        assertThat(page.getByText(Pattern.compile("Hjemmebesøget er booket med nummer B-"))).isVisible();
        assertThat(page.locator(".request-card").filter(new Locator.FilterOptions().setHasText(reference)))
                .containsText("Accepteret");
    }

    @Test
    void advisor_registers_drop_in_visits_and_sees_them_counted() {
        page.navigate(url("/backoffice/aaben-raadgivning"));
        signIn("bo", "demo1234");
        assertThat(h1()).hasText("Åben rådgivning");
        assertNoAccessibilityViolations();

        button("Registrér et besøg").click();
        assertThat(page.getByText("Besøget er registreret")).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da")).format(LocalDate.now(TimeSlot.ZONE)));
    }

    @Test
    void advisor_adds_an_absence_and_removes_it_again() {
        page.navigate(url("/backoffice/traeffetider"));
        signIn("anne", "demo1234");
        assertThat(h1()).hasText("Træffetider");
        assertNoAccessibilityViolations();

        var first = LocalDate.now(TimeSlot.ZONE).plusMonths(3);
        page.getByLabel("Første dag").fill(first.format(DateTimeFormatter.ofPattern("d.M.yyyy")));
        page.getByLabel("Første dag").press("Enter");
        page.getByLabel("Sidste dag").fill(first.plusDays(4).format(DateTimeFormatter.ofPattern("d.M.yyyy")));
        page.getByLabel("Sidste dag").press("Enter");
        page.getByLabel("Årsag").fill("Ferie i Skagen");
        button("Tilføj").click();

        assertThat(page.getByText(Pattern.compile("Ferie i Skagen \\(fravær\\)"))).isVisible();
        button("Fjern: Ferie i Skagen").click();
        assertThat(page.getByText(Pattern.compile("Ferie i Skagen"))).hasCount(0);
    }

    @Test
    void office_hours_are_checked_in_the_form_and_saved_when_right() {
        page.navigate(url("/backoffice/traeffetider"));
        signIn("anne", "demo1234");
        assertThat(h1()).hasText("Træffetider");
        var editor = page.locator(".hours-editor").first();
        editor.locator("vaadin-details-summary").click();
        var length = editor.getByLabel("Mødets længde (minutter)");
        var original = length.inputValue();
        length.fill("");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem ændringer")).click();
        assertThat(editor.getByText("Skriv et helt tal på mindst 5.")).isVisible();
        assertNoAccessibilityViolations();

        length.fill(original);
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem ændringer")).click();
        assertThat(page.getByText("Træffetiderne er gemt")).isVisible();
    }
}
