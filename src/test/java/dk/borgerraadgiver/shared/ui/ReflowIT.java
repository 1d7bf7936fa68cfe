package dk.borgerraadgiver.shared.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The booking, the inquiry and the pages behind the private links in their mails (move, cancel, the
 * secure message) on a small phone (320 px) and at 200 % zoom on a laptop (1280 px shown at 640 CSS
 * px): on every step, no label, hint or heading is cut off and nothing scrolls sideways.
 */
class ReflowIT extends BrowserTest {

    private static final Pattern ACCESS_CODE = Pattern.compile("engangskode er: (\\d{6})");

    @Autowired
    Bookings bookings;
    @Autowired
    ContactRegistration registration;
    @Autowired
    CitizenMessages messages;
    @Autowired
    MunicipalityDirectory municipalities;
    @Autowired
    Clock clock;

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).press("Enter");
    }

    private void nothingCutOff(String journey, String step) {
        waitUntilVaadinIsIdle();
        assertThat(cutOffTexts()).as(journey + ": " + step).isEmpty();
        // Each step as the phone or the zoomed laptop shows it, to be looked at.
        var width = page.viewportSize().width;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", "reflow",
                width + "px", journey + "-" + step.replaceAll("[^a-z0-9]+", "-") + ".png")));
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_booking_step_fits(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/ringsted/book"));
        assertThat(h1()).hasText("Hvordan vil du mødes med borgerrådgiveren?");
        nothingCutOff("booking", "meeting kind");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Møde på rådhuset")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvilken dag passer dig?");
        nothingCutOff("booking", "day");
        page.locator("button.calendar-day").first().press("Enter");
        assertThat(h1()).hasText("Hvilket tidspunkt passer dig?");
        nothingCutOff("booking", "time");
        page.getByRole(AriaRole.RADIO).first().press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvordan kan vi kontakte dig?");
        nothingCutOff("booking", "contact details");
        page.getByLabel("Dit navn").fill("Rita Reflow");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("rita.reflow@example.dk");
        press("Fortsæt");
        assertThat(h1()).hasText("Tjek dine svar");
        nothingCutOff("booking", "check your answers");
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_home_visit_step_fits(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/stevns/book"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Hjemmebesøg eller møde et andet sted")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvor og hvornår vil du mødes?");
        nothingCutOff("home-visit", "place and times");
        press("Fortsæt");
        assertThat(page.locator(".error-summary")).isVisible();
        nothingCutOff("home-visit", "place and times with their errors");
        var day = LocalDate.now(clock.withZone(TimeSlot.ZONE)).plusWeeks(2);
        var proposal = page.locator("#proposal-1");
        var exact = new Locator.GetByLabelOptions().setExact(true);
        page.getByLabel("Hvor skal mødet være?").fill("Møllevej 3, 4660 Store Heddinge");
        page.getByLabel("Hvorfor passer det bedst, at borgerrådgiveren kommer til dig?").fill("Jeg kan ikke gå ret langt");
        proposal.getByLabel("Dag", exact).fill(String.valueOf(day.getDayOfMonth()));
        proposal.getByLabel("Måned", exact).fill(String.valueOf(day.getMonthValue()));
        proposal.getByLabel("År", exact).fill(String.valueOf(day.getYear()));
        proposal.locator("vaadin-select vaadin-select-value-button").press("ArrowDown");
        var ten = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("kl. 10.00").setExact(true));
        assertThat(ten).isVisible();
        nothingCutOff("home-visit", "the list of times open");
        ten.press("Enter");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvordan kan vi kontakte dig?");
        nothingCutOff("home-visit", "contact");
        page.getByLabel("Dit navn").fill("Rita Reflow");
        page.getByLabel("Telefonnummer").fill("22 33 44 99");
        press("Fortsæt");
        assertThat(h1()).hasText("Tjek dine svar");
        nothingCutOff("home-visit", "check your answers");
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_inquiry_step_fits(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/stevns/henvendelse"));
        assertThat(h1()).hasText("Hvad har du brug for hjælp til?");
        nothingCutOff("inquiry", "need");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Kan borgerrådgiveren tage sig af det?");
        nothingCutOff("inquiry", "screening");
        press("Fortsæt");
        nothingCutOff("inquiry", "screening with its errors");
        answerScreening(page, "Nej");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvem drejer det sig om?");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("En anden person, som har givet mig fuldmagt")).press("Space");
        nothingCutOff("inquiry", "who, with the power of attorney");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Mig selv")).press("Space");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvad er der sket?");
        nothingCutOff("inquiry", "what happened");
        page.getByLabel("Beskriv, hvad der er sket").fill("Jeg har ventet på svar i fire måneder.");
        press("Fortsæt");
        assertThat(h1()).hasText("Hvordan kan vi kontakte dig?");
        nothingCutOff("inquiry", "contact");
        page.getByLabel("Dit navn").fill("Rita Reflow");
        page.getByLabel("Telefonnummer").fill("22 33 44 99");
        press("Fortsæt");
        assertThat(h1()).hasText("Tjek dine svar");
        nothingCutOff("inquiry", "check your answers");
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_page_behind_the_booking_link_fits(int width, int height) {
        page.setViewportSize(width, height);
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var slot = bookings.freeSlots(type, freeDay(bookings, type, 3)).getFirst();
        var booking = bookings.book(type, slot, citizen("rita.reflow." + width + "@example.dk"));
        page.navigate(url("/booking/" + booking.manageToken()));
        assertThat(h1()).hasText("Dit møde med borgerrådgiveren");
        nothingCutOff("booking-link", "meeting");
        press("Flyt mødet");
        assertThat(h1()).hasText("Vælg en ny tid");
        nothingCutOff("booking-link", "move");
        page.locator("button.calendar-day").last().press("Enter");
        page.getByRole(AriaRole.RADIO).last().press("Space");
        nothingCutOff("booking-link", "move with a time chosen");
        press("Flyt mødet hertil");
        assertThat(h1()).hasText("Mødet er flyttet");
        nothingCutOff("booking-link", "moved");
        press("Se dit møde");
        press("Aflys mødet");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, aflys mødet"))).isVisible();
        nothingCutOff("booking-link", "cancel");
        press("Ja, aflys mødet");
        assertThat(h1()).hasText("Mødet er aflyst");
        nothingCutOff("booking-link", "cancelled");
    }

    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void every_page_behind_the_message_link_fits(int width, int height) {
        page.setViewportSize(width, height);
        var email = "rita.besked." + width + "@example.dk";
        SignedIn.as("anne", "ADVISOR");
        long caseId = registration.register(new ContactRegistrationForm(municipalities.findBySlug("stevns").orElseThrow().id(),
                Channel.PERSONAL_VISIT, LocalDate.now(clock.withZone(TimeSlot.ZONE)), "Rita Reflow", email, null, null,
                "Spørgsmål om hjælpemidler", false, false));
        messages.send(caseId, "Afdelingen har lovet at ringe til dig i næste uge om din ansøgning om hjælpemidler.");
        var token = messages.linkToken(caseId).orElseThrow();
        SignedIn.signOut();

        page.navigate(url("/besked/" + token));
        assertThat(h1()).hasText("Beskeder fra borgerrådgiveren");
        nothingCutOff("message-link", "ask for a code");
        press("Send mig en kode");
        assertThat(page.getByLabel("Kode fra mailen")).isVisible();
        press("Fortsæt");
        assertThat(page.locator(".error-summary")).containsText("Skriv koden fra mailen");
        nothingCutOff("message-link", "code with its error");
        await().until(() -> TestSmtp.messagesTo(email).stream().anyMatch(mail -> ACCESS_CODE.matcher(text(mail)).find()));
        var code = TestSmtp.messagesTo(email).stream().map(ReflowIT::text).map(ACCESS_CODE::matcher).filter(Matcher::find)
                .findFirst().orElseThrow().group(1);
        // Typed with a space in the middle, as people write long numbers: still the code.
        page.getByLabel("Kode fra mailen").fill(code.substring(0, 3) + " " + code.substring(3));
        press("Fortsæt");
        assertThat(h1()).containsText("Beskeder i sag");
        nothingCutOff("message-link", "conversation");
    }

    private static String text(MimeMessage mail) {
        return String.join("\n", Mails.textParts(mail));
    }
}
