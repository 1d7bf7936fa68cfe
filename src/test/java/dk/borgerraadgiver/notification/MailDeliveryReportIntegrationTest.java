package dk.borgerraadgiver.notification;

import java.time.Duration;
import java.time.Instant;

import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A mail that has failed for over an hour shows up for the advisors of its municipality, and only for them. */
@PortalIntegrationTest
class MailDeliveryReportIntegrationTest {

    @Autowired
    Bookings bookings;
    @Autowired
    MailDeliveryReport report;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_mail_failing_for_over_an_hour_is_listed_for_its_municipalitys_advisor() {
        var type = meetingType(bookings, "ishoj", "TELEFON");
        var day = freeDay(bookings, type, 1);
        TestSmtp.stop();
        String key;
        try {
            var confirmation = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("failing@example.dk"));
            key = "booking-confirmed:" + confirmation.bookingId();
            var mailKey = key;
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM mail_delivery WHERE mail_key = ? AND status = 'FAILED'", Long.class, mailKey) == 1);
            try {
                SignedIn.as("bo", "ADVISOR");
                assertThat(report.overdue()).extracting(MailDeliveryReport.UndeliveredMail::reference).doesNotContain(key);

                MutableClock.get().setTo(Instant.now().plus(Duration.ofMinutes(61)));
                assertThat(report.overdue()).filteredOn(mail -> mail.reference().equals(mailKey))
                        .singleElement().satisfies(mail -> {
                            assertThat(mail.kind()).isEqualTo("BOOKING_CONFIRMED");
                            assertThat(mail.attempts()).isPositive();
                            assertThat(mail.lastError()).doesNotContain("failing@example.dk");
                        });
                SignedIn.as("anne", "ADVISOR");
                assertThat(report.overdue()).extracting(MailDeliveryReport.UndeliveredMail::reference).doesNotContain(key);
            } finally {
                MutableClock.get().reset();
                SignedIn.signOut();
            }
        } finally {
            TestSmtp.restart();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.messagesTo("failing@example.dk").isEmpty());
    }
}
