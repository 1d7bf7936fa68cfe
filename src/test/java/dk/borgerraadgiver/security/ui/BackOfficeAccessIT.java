package dk.borgerraadgiver.security.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class BackOfficeAccessIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "demo1234";

    @Test
    void anonymous_visit_to_the_back_office_lands_on_an_accessible_login() {
        page.navigate(url("/backoffice/kommuner/stevns"));

        assertThat(page).hasURL(url("/login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log ind som medarbejder"))).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void demo_advisor_signs_in_and_sees_the_back_office_shell_with_own_municipalities() {
        page.navigate(url("/backoffice"));
        signIn("anne", DEMO_PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Oversigt");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))).isVisible();
        assertThat(page.getByText("Du er logget ind som anne.")).isVisible();
        var main = page.getByRole(AriaRole.MAIN);
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stevns Kommune"))).isVisible();
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ringsted Kommune"))).isVisible();
        assertThat(main.getByText("Ishøj Kommune")).hasCount(0);
        assertNoAccessibilityViolations();

        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stevns Kommune")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Stevns Kommune");
        assertThat(page.getByText("Center for Børn & Læring")).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void advisor_of_one_municipality_gets_no_data_of_another(CapturedOutput output) {
        page.navigate(url("/backoffice"));
        signIn("bo", DEMO_PASSWORD);
        var main = page.getByRole(AriaRole.MAIN);
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ishøj Kommune"))).isVisible();
        assertThat(main.getByText("Stevns Kommune")).hasCount(0);

        page.navigate(url("/backoffice/kommuner/stevns"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ingen adgang");
        assertThat(page.getByText("Center for Børn & Læring")).hasCount(0);
        assertThat(page.getByText("Rådhuspladsen 1")).hasCount(0);
        assertThat(output.getOut()).contains("event=access.denied").doesNotContain("account=bo ");
    }

    @Test
    void wrong_password_is_told_plainly_and_grants_nothing() {
        page.navigate(url("/login"));
        signIn("anne", "not-the-password");

        assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        // Her user name stays; she only types the password again, and the page has one main heading.
        assertThat(page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true))).hasValue("anne");
        assertThat(page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true))).isFocused();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasCount(1);
        page.navigate(url("/backoffice"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void signing_in_from_the_login_page_itself_opens_the_back_office() {
        page.navigate(url("/login"));
        signIn("anne", DEMO_PASSWORD);
        assertThat(page).hasURL(url("/backoffice"));
    }

    @Test
    void advisor_signs_out_and_the_back_office_is_closed_again() {
        page.navigate(url("/backoffice"));
        signIn("anne", DEMO_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Oversigt");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

        assertThat(page).hasURL(url("/"));
        page.navigate(url("/backoffice"));
        assertThat(page).hasURL(url("/login"));
    }
}
