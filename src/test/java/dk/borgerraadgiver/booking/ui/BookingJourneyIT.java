package dk.borgerraadgiver.booking.ui;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.TestSmtp;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;

class BookingJourneyIT extends BrowserTest {

    private static final Pattern MANAGE_LINK = Pattern.compile("http://localhost:\\d+/booking/[A-Za-z0-9._-]+");

    @Autowired
    Bookings bookings;

    private static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Steps 1-3 by keyboard: meeting at the town hall, the first free day, the first free time. */
    private void chooseFirstFreeTime(Page page, String municipality) {
        chooseFirstFreeTime(page, municipality, false);
    }

    private void chooseFirstFreeTime(Page page, String municipality, boolean checkEachPage) {
        page.navigate(url("/" + municipality + "/book"));
        assertThat(h1(page)).hasText("Hvordan vil du mødes med borgerrådgiveren?");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Møde på rådhuset")).press("Space");
        button(page, "Fortsæt").press("Enter");
        assertThat(h1(page)).hasText("Hvilken dag passer dig?");
        assertThat(h1(page)).isFocused();
        assertThat(page.locator("button.calendar-day").first()).hasAttribute("aria-label", Pattern.compile("\\d+ ledige tider"));
        if (checkEachPage) {
            assertNoAccessibilityViolations(page);
        }
        page.locator("button.calendar-day").first().press("Enter");
        assertThat(h1(page)).hasText("Hvilket tidspunkt passer dig?");
        assertThat(h1(page)).isFocused();
        if (checkEachPage) {
            assertNoAccessibilityViolations(page);
        }
        page.getByRole(AriaRole.RADIO).first().press("Space");
        button(page, "Fortsæt").press("Enter");
        assertThat(h1(page)).hasText("Hvordan kan vi kontakte dig?");
        assertThat(h1(page)).isFocused();
    }

    private void fillDetails(Page page, String name, String email) {
        assertThat(page.locator(".privacy-notice")).containsText("6 måneder efter mødet sletter systemet dem automatisk");
        page.getByLabel("Dit navn").fill(name);
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(email);
        button(page, "Fortsæt").press("Enter");
        assertThat(h1(page)).hasText("Tjek dine svar");
        assertThat(h1(page)).isFocused();
    }

    @Test
    void citizen_books_by_keyboard_gets_the_invite_and_cancels_from_the_mail() throws Exception {
        page.navigate(url("/ringsted/book"));
        assertThat(h1(page)).hasText("Hvordan vil du mødes med borgerrådgiveren?");
        assertThat(page.getByText("Trin 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertNoAccessibilityViolations();
        // The library drop-in needs no booking: a page that says when and where, not an error.
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Åben rådgivning på biblioteket")).press("Space");
        button(page, "Fortsæt").press("Enter");
        assertThat(h1(page)).hasText("Du skal ikke booke tid til åben rådgivning");
        assertThat(h1(page)).isFocused();
        assertThat(page.locator(".error-summary")).isHidden();
        assertThat(page.getByText("kl. 12:00–14:00", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();
        button(page, "Book en anden slags møde").press("Enter");
        assertThat(h1(page)).hasText("Hvordan vil du mødes med borgerrådgiveren?");

        button(page, "Fortsæt").press("Enter");
        assertThat(page.getByText("Der er et problem")).isVisible();
        assertNoAccessibilityViolations();

        chooseFirstFreeTime(page, "ringsted", true);
        assertNoAccessibilityViolations();
        button(page, "Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("Skriv dit navn");
        assertThat(page.locator(".error-summary")).containsText("Skriv din e-mail eller dit telefonnummer");
        assertNoAccessibilityViolations();

        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("ikke-en-adresse");
        page.getByLabel("Dit navn").fill("Hanne Tastatur");
        button(page, "Fortsæt").press("Enter");
        assertThat(page.locator(".error-summary")).containsText("rigtige format");
        assertThat(page.getByLabel("Dit navn")).hasValue("Hanne Tastatur");

        fillDetails(page, "Hanne Tastatur", "hanne.tastatur@example.dk");
        assertNoAccessibilityViolations();
        button(page, "Bekræft booking").press("Enter");

        assertThat(h1(page)).hasText("Dit møde er booket");
        var reference = page.locator(".reference").textContent();
        assertThat(reference).startsWith("B-");
        assertNoAccessibilityViolations();

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.messagesTo("hanne.tastatur@example.dk").isEmpty());
        var mail = TestSmtp.messagesTo("hanne.tastatur@example.dk").getFirst();
        var calendar = new CalendarBuilder().build(new StringReader(Mails.partOfType(mail, "text/calendar")));
        var event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        var start = LocalDate.parse(event.getProperty(Property.DTSTART).orElseThrow().getValue().substring(0, 8),
                DateTimeFormatter.BASIC_ISO_DATE);
        var startInstant = LocalDateTime.parse(event.getProperty(Property.DTSTART).orElseThrow().getValue(),
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        var text = Mails.textParts(mail).getFirst();
        assertThat(text).contains(reference);
        var link = MANAGE_LINK.matcher(text);
        assertThat(link.find()).as("manage link in the mail").isTrue();
        var type = meetingType(bookings, "ringsted", "RADHUS");
        assertThat(bookings.freeSlots(type, start)).extracting(TimeSlot::start).doesNotContain(startInstant);

        page.navigate(link.group());
        assertThat(h1(page)).hasText("Dit møde med borgerrådgiveren");
        assertNoAccessibilityViolations();
        // Move by keyboard: the current time is shown while she picks another, and the move is confirmed.
        button(page, "Flyt mødet").press("Enter");
        assertThat(h1(page)).hasText("Vælg en ny tid");
        assertThat(h1(page)).isFocused();
        assertThat(page.getByText("Din tid nu:", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();
        page.locator("button.calendar-day").last().press("Enter");
        page.getByRole(AriaRole.RADIO).last().press("Space");
        assertNoAccessibilityViolations();
        button(page, "Flyt mødet hertil").press("Enter");
        assertThat(h1(page)).hasText("Mødet er flyttet");
        assertThat(h1(page)).isFocused();
        assertThat(page.getByText("Din nye tid er", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();
        button(page, "Se dit møde").press("Enter");
        assertThat(h1(page)).hasText("Dit møde med borgerrådgiveren");
        assertThat(bookings.freeSlots(type, start)).as("the old time is free again").extracting(TimeSlot::start).contains(startInstant);

        button(page, "Aflys mødet").press("Enter");
        assertThat(h1(page)).isFocused();
        assertNoAccessibilityViolations();
        button(page, "Ja, aflys mødet").press("Enter");
        assertThat(h1(page)).hasText("Mødet er aflyst");
        assertThat(h1(page)).isFocused();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book en ny tid")))
                .hasAttribute("href", "/ringsted/book");
        assertNoAccessibilityViolations();

        page.navigate(link.group());
        assertThat(page.getByText("Mødet kan ikke længere ændres her.")).isVisible();
    }

    @Test
    void the_slower_of_two_browsers_keeps_its_answers_and_is_offered_the_nearest_free_times() {
        var other = anotherBrowser();
        chooseFirstFreeTime(page, "ishoj");
        fillDetails(page, "Første Borger", "first.browser@example.dk");
        chooseFirstFreeTime(other, "ishoj");
        fillDetails(other, "Anden Borger", "second.browser@example.dk");

        button(page, "Bekræft booking").click();
        assertThat(h1(page)).hasText("Dit møde er booket");

        button(other, "Bekræft booking").click();
        assertThat(other.locator(".error-summary")).containsText("Tiden er desværre blevet optaget");
        assertThat(other.getByText("Anden Borger")).isVisible();
        assertNoAccessibilityViolations(other);

        other.locator(".time-choice").getByRole(AriaRole.RADIO).first().press("Space");
        button(other, "Brug den valgte tid").click();
        button(other, "Bekræft booking").click();
        assertThat(h1(other)).hasText("Dit møde er booket");
    }

    @Test
    void advisor_sees_the_booking_in_the_agenda_and_books_for_a_citizen_who_phones() {
        var type = meetingType(bookings, "stevns", "RADHUS");
        var day = bookings.daysWithFreeSlots(type).getFirst();
        var slot = bookings.freeSlots(type, day).getFirst();
        bookings.book(type, slot, citizen("agenda.citizen@example.dk"));

        page.navigate(url("/backoffice/aftaler"));
        signIn("anne", "demo1234");
        assertThat(h1(page)).hasText("Aftaler");
        var weeksAhead = ChronoUnit.WEEKS.between(LocalDate.now(TimeSlot.ZONE).with(DayOfWeek.MONDAY),
                day.with(DayOfWeek.MONDAY));
        for (long i = 0; i < weeksAhead; i++) {
            var weekNumber = LocalDate.now(TimeSlot.ZONE).plusWeeks(i + 1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            button(page, "Næste uge").click();
            assertThat(page.locator("#agenda-week")).containsText("Uge " + weekNumber + ":");
        }
        assertThat(page.getByText("agenda.citizen@example.dk").first()).isVisible();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Dag")).check();
        assertThat(button(page, "I dag")).isVisible();
        button(page, "I dag").click();
        var today = LocalDate.now(TimeSlot.ZONE);
        var heading = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da"));
        assertThat(page.locator("#agenda-week")).containsText(heading.format(today));
        for (var shown = today; shown.isBefore(day); shown = shown.plusDays(1)) {
            button(page, "Næste dag").click();
            assertThat(page.locator("#agenda-week")).containsText(heading.format(shown.plusDays(1)));
        }
        assertThat(page.getByText("agenda.citizen@example.dk").first()).isVisible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Uge")).check();
        assertThat(page.locator("#agenda-week")).containsText("Uge ");

        page.getByText("Book for en borger, der ringer eller kommer forbi").click();
        page.getByLabel("Mødeform").first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Telefonmøde – Stevns Kommune")).click();
        var phoneType = meetingType(bookings, "stevns", "TELEFON");
        var phoneDay = bookings.daysWithFreeSlots(phoneType).getFirst();
        page.getByLabel("Dato").fill(phoneDay.format(DateTimeFormatter.ofPattern("d.M.yyyy")));
        page.getByLabel("Dato").press("Enter");
        page.getByLabel("Tidspunkt").click();
        page.getByRole(AriaRole.OPTION).first().click();
        page.getByLabel("Dit navn").fill("Per Telefon");
        page.getByLabel("Telefonnummer").fill("22 33 44 55");
        button(page, "Book mødet").click();

        assertThat(page.getByText(Pattern.compile("Mødet er booket med nummer B-"))).isVisible();
        assertThat(page.getByText("22 33 44 55").first()).isVisible();
        assertThat(page.getByText("booket af rådgiver").first()).isVisible();
    }

}
