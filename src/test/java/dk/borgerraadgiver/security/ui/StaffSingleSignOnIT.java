package dk.borgerraadgiver.security.ui;

import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff single sign-on through a real OIDC provider started with the portal (navikt's
 * mock-oauth2-server as issuer {@code staff}): a known user lands in the back office with the
 * account's municipalities, an unknown or deactivated one gets the refusal page, and signing out ends
 * the provider's session too.
 */
class StaffSingleSignOnIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccounts accounts;

    private void signInAtTheProvider(String username) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med din kommunes login")).click();
        page.locator("input[name=username]").fill(username);
        page.locator("input[type=submit]").click();
    }

    @Test
    void a_member_of_staff_signs_in_with_the_municipalitys_login_and_keeps_the_accounts_scope() {
        page.navigate(url("/backoffice/sager"));
        assertThat(page.getByText("Eller log ind med brugernavn og adgangskode:")).isVisible();
        assertNoAccessibilityViolations();
        signInAtTheProvider("Anne");
        assertThat(page.locator("vaadin-app-layout")).containsText("anne");
        org.assertj.core.api.Assertions.assertThat(page.url()).as("back where she was going").contains("/backoffice/sager");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        page.navigate(url("/backoffice/administration/kommuner"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not().hasText("Kommuner");

        page.navigate(url("/backoffice"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
        // The provider's end-session endpoint sends her back to the portal's front page.
        page.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(url("/")) + "(\\?state=.*)?$"));
        org.assertj.core.api.Assertions.assertThat(requestedUrls).anyMatch(u -> u.contains("/staff/endsession"));
        page.navigate(url("/backoffice"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med din kommunes login"))).isVisible();
    }

    @Test
    void someone_without_a_staff_account_is_refused_with_a_page_that_says_why() {
        page.navigate(url("/backoffice"));
        signInAtTheProvider("ukendt.person");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Du kunne ikke logge ind");
        assertThat(page.getByText("portalen har ingen medarbejderkonto til dig", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();
        page.navigate(url("/backoffice"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med din kommunes login"))).isVisible();

        // An account the administrator has closed stays closed, whatever the municipality's login says.
        var closed = "sso-lukket-" + System.nanoTime() % 100_000;
        accounts.create(closed, "Ikke-brugt-adgangskode-1", "Lukket Konto", closed + "@example.dk", Set.of(StaffRole.ADVISOR), Set.of());
        jdbc.update("update citizen_advisor set enabled = false where username = ?", closed);
        signInAtTheProvider(closed);
        assertThat(page.getByText("Din medarbejderkonto i portalen er lukket.", new Page.GetByTextOptions().setExact(false))).isVisible();
    }
}
