package dk.borgerraadgiver.casework;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.inquiry.InquiryFollow;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.shared.LinkLifetimes;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Citizens' private links stop opening personal data some time after the matter ends, and then say
 * whom to call: a booking's two weeks after the meeting, an inquiry's follow link and its case's
 * message link eight weeks after the case is closed.
 */
@PortalIntegrationTest
class PrivateLinkExpiryIntegrationTest {

    @Autowired
    Bookings bookings;
    @Autowired
    InquiryIntake intake;
    @Autowired
    InquiryFollow follow;
    @Autowired
    CitizenMessages messages;
    @Autowired
    JdbcTemplate jdbc;

    private final MutableClock clock = MutableClock.get();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_booking_link_works_until_two_weeks_after_the_meeting() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var slot = bookings.freeSlots(type, freeDay(bookings, type, 2)).getFirst();
        var booking = bookings.book(type, slot, citizen("udloeb@example.dk"));

        clock.setTo(slot.end().plus(LinkLifetimes.AFTER_MEETING).minusSeconds(60));
        assertThat(bookings.findByLink(booking.manageToken())).isPresent();

        clock.setTo(slot.end().plus(LinkLifetimes.AFTER_MEETING).plusSeconds(60));
        assertThat(bookings.findByLink(booking.manageToken())).isEmpty();
        assertThat(bookings.expiredLinkMunicipality(booking.manageToken())).isPresent();
        assertThat(bookings.expiredLinkMunicipality(booking.manageToken() + "x")).as("a forged link stays unknown").isEmpty();
    }

    @Test
    void the_follow_and_message_links_of_an_inquiry_work_until_eight_weeks_after_its_case_is_closed() {
        var receipt = intake.submit(new InquirySubmission("stevns", InquiryNeed.COMPLAINT, null, Screening.nothingToSay(),
                Representation.SELF, null, false, "Jeg har ventet længe på svar om min boligstøtte",
                null, "Udløb Hansen", "udloeb.hansen@example.dk", null, PreferredContact.MAIL, false,
                Locale.of("da"), List.of()), TestClients.next());
        await().untilAsserted(() -> assertThat(jdbc.queryForList("select id from case_file where inquiry_id = ?",
                Long.class, receipt.inquiryId())).hasSize(1));
        var page = follow.findByLink(receipt.followToken()).orElseThrow();
        assertThat(page.expired()).isFalse();
        assertThat(page.caseClosed()).isFalse();
        assertThat(page.messagesPath()).startsWith("/besked/");
        var messageToken = page.messagesPath().substring("/besked/".length());
        assertThat(messages.findByLink(messageToken)).isPresent();

        var closedAt = clock.instant();
        jdbc.update("update case_file set status = 'CLOSED', closed_at = ? where inquiry_id = ?",
                Timestamp.from(closedAt), receipt.inquiryId());
        clock.setTo(closedAt.plus(LinkLifetimes.AFTER_CLOSING).minus(Duration.ofHours(1)));
        assertThat(follow.findByLink(receipt.followToken()).orElseThrow().caseClosed()).isTrue();
        assertThat(messages.findByLink(messageToken)).isPresent();

        clock.setTo(closedAt.plus(LinkLifetimes.AFTER_CLOSING).plus(Duration.ofHours(1)));
        var expired = follow.findByLink(receipt.followToken()).orElseThrow();
        assertThat(expired.expired()).isTrue();
        assertThat(expired.status()).as("nothing about the inquiry").isNull();
        assertThat(expired.messagesPath()).isNull();
        assertThat(expired.municipalityPhone()).isNotBlank();
        assertThat(messages.findByLink(messageToken)).isEmpty();
        assertThat(messages.expiredLinkMunicipality(messageToken)).isPresent();
    }
}
