package dk.borgerraadgiver.organisation.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CitizenLandingIT extends BrowserTest {

    @Test
    void landing_page_is_danish_first_and_accessible() {
        open("/stevns");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Borgerrådgiveren i Stevns Kommune");
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Det kan borgerrådgiveren ikke")))
                .isVisible();
        assertThat(page.getByText("Forhold, der ligger mere end 6 måneder tilbage")).isVisible();
        assertThat(page.getByText("Rådhuspladsen 1, 4660 Store Heddinge").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Åbningstider"))).isVisible();
        assertThat(page.getByText("onsdag kl. 14:00–16:00")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book et møde"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send en henvendelse"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgængelighedserklæring"))).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void citizen_switches_to_english_and_the_choice_is_remembered() {
        open("/stevns");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("The citizen advisor in Stevns Kommune");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertNoAccessibilityViolations();

        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("The citizen advisor in Stevns Kommune");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dansk")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Borgerrådgiveren i Stevns Kommune");
    }

    @Test
    void front_door_lists_the_municipalities_and_leads_to_each() {
        open("/");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ishøj Kommune"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ringsted Kommune"))).isVisible();
        assertNoAccessibilityViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ringsted Kommune")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Borgerrådgiveren i Ringsted Kommune");
        assertThat(page).hasURL(url("/ringsted"));
    }

    @Test
    void both_entry_points_lead_to_their_first_question() {
        open("/ishoj");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book et møde")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hvordan vil du mødes med borgerrådgiveren?");

        goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send en henvendelse")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hvad har du brug for hjælp til?");
        assertThat(page.getByText("Trin 1 af 6")).isVisible();
    }

    @Test
    void accessibility_statement_is_reachable_from_every_citizen_page() {
        open("/ishoj");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgængelighedserklæring")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tilgængelighedserklæring");
        assertNoAccessibilityViolations();
    }

    @Test
    void unknown_municipality_gets_a_danish_not_found_page() {
        open("/atlantis");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Siden findes ikke");
        assertNoAccessibilityViolations();
    }

    @Test
    void a_missing_page_under_a_municipality_keeps_its_name_contact_and_way_back() {
        open("/stevns/findes-ikke");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Siden findes ikke");
        assertThat(page.locator(".brand-municipality")).hasText("Stevns Kommune");
        assertThat(page.locator(".footer-contact")).containsText("56 57 57 57");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til forsiden"))).hasAttribute("href", "/stevns");
        assertNoAccessibilityViolations();
    }

    @Test
    void pages_contact_no_host_but_this_machine() {
        open("/stevns");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("The citizen advisor in Stevns Kommune");
        open("/login");
        page.waitForLoadState();

        assertThat(requestedUrls).isNotEmpty();
        assertThat(foreignHosts()).isEmpty();
    }
}
