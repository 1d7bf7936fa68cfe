package dk.borgerraadgiver.shared.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking and the inquiry on a small phone (320 px) and at 200 % zoom on a laptop (1280 px shown
 * at 640 CSS px): on every step, no label, hint or heading is cut off and nothing scrolls sideways.
 */
class ReflowIT extends BrowserTest {

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).press("Enter");
    }

    private void nothingCutOff(String step) {
        waitUntilVaadinIsIdle();
        assertThat(cutOffTexts()).as(step).isEmpty();
        // Each step as the phone or the zoomed laptop shows it, to be looked at.
        var width = page.viewportSize().width;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of("target", "screenshots", "reflow",
                width + "px", (page.url().contains("henvendelse") ? "inquiry-" : "booking-") + step.replaceAll("[^a-z0-9]+", "-") + ".png")));
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_booking_step_fits(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/ringsted/book"));
        assertThat(h1()).hasText("Hvordan vil du mødes med borgerrådgiveren?");
        nothingCutOff("meeting kind");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Møde på rådhuset")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvilken dag passer dig?");
        nothingCutOff("day");
        page.locator("button.calendar-day").first().press("Enter");
        assertThat(h1()).hasText("Hvilket tidspunkt passer dig?");
        nothingCutOff("time");
        page.getByRole(AriaRole.RADIO).first().press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvordan kan vi kontakte dig?");
        nothingCutOff("contact details");
        page.getByLabel("Dit navn").fill("Rita Reflow");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("rita.reflow@example.dk");
        press("Fortsæt");
        assertThat(h1()).hasText("Tjek dine svar");
        nothingCutOff("check your answers");
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_inquiry_step_fits(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/stevns/henvendelse"));
        assertThat(h1()).hasText("Hvad har du brug for hjælp til?");
        nothingCutOff("need");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Kan borgerrådgiveren tage sig af det?");
        nothingCutOff("screening");
        press("Fortsæt");
        nothingCutOff("screening with its errors");
        answerScreening(page, "Nej");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvem drejer det sig om?");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("En anden person, som har givet mig fuldmagt")).press("Space");
        nothingCutOff("who, with the power of attorney");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Mig selv")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvad er der sket?");
        nothingCutOff("what happened");
        page.getByLabel("Beskriv, hvad der er sket").fill("Jeg har ventet på svar i fire måneder.");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvordan kan vi kontakte dig?");
        nothingCutOff("contact");
        page.getByLabel("Dit navn").fill("Rita Reflow");
        page.getByLabel("Telefonnummer").fill("22 33 44 99");
        press("Fortsæt");
        assertThat(h1()).hasText("Tjek dine svar");
        nothingCutOff("check your answers");
    }
}
