package dk.borgerraadgiver.booking.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.shared.LinkLifetimes;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;

/** A booking link opened long after the meeting says so, shows nothing booked, and gives the number to call. */
class ExpiredLinkIT extends BrowserTest {

    @Autowired
    Bookings bookings;

    @AfterEach
    void resetClock() {
        MutableClock.get().reset();
    }

    @Test
    void an_old_booking_link_shows_a_friendly_page_with_the_advisors_phone_and_nothing_of_the_booking() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var slot = bookings.freeSlots(type, freeDay(bookings, type, 3)).getFirst();
        var booking = bookings.book(type, slot, citizen("gammelt.link@example.dk"));
        page.navigate(url("/booking/" + booking.manageToken()));
        assertThat(page.getByText(booking.reference())).isVisible();
        // A private link carries no municipality in its address; the page still names it, top and bottom.
        assertThat(page.locator(".brand-municipality")).hasText("Ringsted Kommune");
        assertThat(page.locator(".footer-contact")).containsText("57 62 62 62");

        MutableClock.get().setTo(slot.end().plus(LinkLifetimes.AFTER_MEETING).plusSeconds(60));
        page.navigate(url("/booking/" + booking.manageToken()));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Linket er udløbet");
        assertThat(page.getByText(booking.reference())).hasCount(0);
        assertThat(page.locator(".brand-municipality")).hasText("Ringsted Kommune");
        assertThat(page.locator(".footer-contact")).containsText("Ringsted Kommune");
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("57 62 62 62"))).isVisible();
        assertNoAccessibilityViolations();
    }
}
