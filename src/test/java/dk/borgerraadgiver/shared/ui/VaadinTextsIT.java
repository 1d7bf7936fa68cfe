package dk.borgerraadgiver.shared.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
        // A typed date and Enter leave the page readable: nothing stays hidden from a screen reader.
        date.fill("15.01.2026");
        date.press("Enter");
        assertThat(date).hasValue("15.01.2026");
        assertThat(page.locator("body > [aria-hidden=true]")).hasCount(0);

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
        assertThat(weekdays).as("the week starts on Monday, in Danish").hasSize(7)
                .first().asString().startsWith("man");
        waitUntilVaadinIsIdle();
        assertNoAccessibilityViolations();
        page.keyboard().press("Escape");

        var identifier = page.locator("vaadin-password-field").first();
        assertThat(identifier.locator("[part~=reveal-button], vaadin-password-field-button").first())
                .hasAttribute("aria-label", "Vis adgangskode");
    }

    /**
     * Every page in the back-office menu, read as a screen reader would (texts, labels and titles, in
     * shadow roots too): none of Vaadin's English defaults such as a sortable column's "Sort by …".
     */
    @Test
    void no_back_office_page_speaks_vaadins_english() {
        page.navigate(url("/backoffice"));
        signIn("admin", "demo1234");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        @SuppressWarnings("unchecked")
        var paths = (List<String>) page.locator("vaadin-side-nav-item").first().evaluate(
                "first => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path')).filter(p => p)");
        assertThat(paths).as("the menu").hasSizeGreaterThan(8);
        for (var path : paths) {
            page.navigate(url(path.startsWith("/") ? path : "/" + path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first()).isVisible();
            waitUntilVaadinIsIdle();
            @SuppressWarnings("unchecked")
            var english = (List<String>) page.evaluate("() => {"
                    + " const english = /^(Sort by|Show password|Hide password|Today|Cancel|Clear|Drop files? here|Upload files?|Select all"
                    + "|Retry|Remove|Close|Previous|Next|Loading|Required)\\b/i;"
                    + " const found = [];"
                    + " const visit = root => { for (const e of root.querySelectorAll('*')) {"
                    + "   for (const a of ['aria-label', 'title', 'placeholder']) {"
                    + "     const v = (e.getAttribute(a) || '').trim(); if (english.test(v)) found.push(e.localName + '[' + a + ']: ' + v); }"
                    + "   const t = (e.childElementCount === 0 ? e.textContent || '' : '').trim();"
                    + "   if (english.test(t)) found.push(e.localName + ': ' + t);"
                    + "   if (e.shadowRoot) visit(e.shadowRoot); } };"
                    + " visit(document); return found; }");
            assertThat(english).as(path).isEmpty();
        }
    }
}
