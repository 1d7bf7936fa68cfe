package dk.borgerraadgiver.shared.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Vaadin's built-in texts speak Danish on a Danish page: the calendar, its buttons and messages, the password button. */
class VaadinTextsIT extends BrowserTest {

    @Test
    void the_date_picker_starts_on_monday_in_danish_and_says_when_a_date_does_not_exist() {
        page.navigate(url("/backoffice/sager/ny"));
        signIn("anne", "demo1234");
        page.navigate(url("/backoffice/sager/ny"));
        var date = page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true));
        date.fill("31.02.2026");
        date.press("Enter");
        assertThat(page.locator("vaadin-date-picker")).containsText("Datoen findes ikke");

        date.fill("");
        date.press("ArrowDown");
        var overlay = page.locator("vaadin-date-picker-overlay");
        assertThat(overlay).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I dag"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annullér"))).isVisible();
        assertThat(page.locator("vaadin-month-calendar").first()).containsText(Pattern.compile(
                "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"));
        var weekdays = page.locator("vaadin-month-calendar").first().locator("[part~=weekday]").allTextContents().stream()
                .map(String::strip).filter(day -> !day.isEmpty()).toList();
        org.assertj.core.api.Assertions.assertThat(weekdays).as("the week starts on Monday, in Danish").hasSize(7)
                .first().asString().startsWith("man");
        waitUntilVaadinIsIdle();
        assertNoAccessibilityViolations();
        page.keyboard().press("Escape");

        var identifier = page.locator("vaadin-password-field").first();
        assertThat(identifier.locator("[part~=reveal-button], vaadin-password-field-button").first())
                .hasAttribute("aria-label", "Vis adgangskode");
    }
}
