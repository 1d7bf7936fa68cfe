package dk.borgerraadgiver.organisation.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The skip link moves focus to the page's content and keeps the answers given so far. */
class SkipLinkIT extends BrowserTest {

    @Test
    void the_skip_link_moves_focus_to_the_content_without_leaving_the_form() {
        page.navigate(url("/stevns/henvendelse"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hvad har du brug for hjælp til?");
        var answer = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling"));
        answer.press("Space");
        assertThat(answer).isChecked();

        var skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spring til indhold"));
        skipLink.focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#main-content")).isFocused();
        waitUntilVaadinIsIdle();
        assertThat(page).hasURL(url("/stevns/henvendelse"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hvad har du brug for hjælp til?");
        assertThat(answer).isChecked();
    }
}
