package dk.borgerraadgiver.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dk.borgerraadgiver.support.BrowserJourney;
import dk.borgerraadgiver.support.OwnDatabase;
import dk.borgerraadgiver.support.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation that relies on the municipality's login alone
 * ({@code portal.security.form-login.enabled=false}): the login page offers no password form, a
 * password posted anyway signs nobody in, and the municipality's login still does. Runs on a database
 * of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.security.form-login.enabled=false",
        "portal.database.embedded-engine.database-name=sso_only",
        "portal.database.embedded-engine.data-directory=target/mariadb-sso-only"})
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@DirtiesContext
class SingleSignOnOnlyIT extends BrowserJourney {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        OwnDatabase.register(registry, "sso_only");
    }

    @Test
    void the_login_page_has_no_password_form_a_posted_password_signs_nobody_in_and_the_municipalitys_login_works() {
        page.navigate(url("/backoffice"));
        var sso = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med din kommunes login"));
        assertThat(sso).isVisible();
        assertThat(page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        assertThat(page.getByText("Eller log ind med brugernavn og adgangskode:")).hasCount(0);
        assertNoAccessibilityViolations();

        // With the form on, this post signs anne in (SecurityIntegrationTest); here it must not.
        var posted = page.request().post(url("/login"), RequestOptions.create().setMaxRedirects(0)
                .setHeader("Origin", url("")).setHeader("Accept", "text/html")
                .setForm(FormData.create().set("username", "anne").set("password", "demo1234")));
        var location = posted.headers().getOrDefault("location", "");
        assertThat(posted.status() != 302 || location.contains("/login")).as(posted.status() + " " + location).isTrue();
        page.navigate(url("/backoffice"));
        assertThat(sso).isVisible();

        sso.click();
        page.locator("input[name=username]").fill("anne");
        page.locator("input[type=submit]").click();
        assertThat(page.locator("vaadin-app-layout")).containsText("anne");
    }
}
