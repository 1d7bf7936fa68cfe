package dk.borgerraadgiver.notification;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.notification.internal.Reminders;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.citizen;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.freeDay;
import static dk.borgerraadgiver.booking.BookingIntegrationTestSupport.meetingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dk.borgerraadgiver.booking.DanishHolidays;
import dk.borgerraadgiver.support.SecondScheduler;
import jakarta.mail.MessagingException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Booking mails through the outbox to a real SMTP server (GreenMail), read back by an independent parser. */
@PortalIntegrationTest
class BookingMailIntegrationTest {

    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Autowired
    Bookings bookings;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OneTimeTask<Reminders.ReminderData> reminderTask;

    private String deliveryStatus(String mailKey) {
        var statuses = jdbc.queryForList("SELECT status FROM mail_delivery WHERE mail_key = ?", String.class, mailKey);
        return statuses.isEmpty() ? "" : statuses.getFirst();
    }

    private boolean confirmationSettled(long bookingId) {
        return "SENT".equals(deliveryStatus("booking-confirmed:" + bookingId)) && jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%BookingConfirmed' "
                        + "AND serialized_event LIKE ?", Long.class, "%\"bookingId\":" + bookingId + ",%") == 0;
    }

    private static MimeMessage onlyMailTo(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo(address).stream()
                .anyMatch(m -> subject(m).contains(subjectPart)));
        var matching = TestSmtp.messagesTo(address).stream().filter(m -> subject(m).contains(subjectPart)).toList();
        assertThat(matching).as("mails to " + address + " about " + subjectPart).hasSize(1);
        return matching.getFirst();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).orElseThrow().getValue();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Calendar invite(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new StringReader(Mails.partOfType(message, "text/calendar")));
    }

    @Test
    void confirmation_move_and_cancel_each_send_one_mail_with_a_valid_invite() throws Exception {
        var type = meetingType(bookings, "stevns", "RADHUS");
        var day = freeDay(bookings, type, 1);
        var free = bookings.freeSlots(type, day);
        var address = "invite@example.dk";
        var marker = "SECRET-TOPIC-MARKER-4711";
        var confirmation = bookings.book(type, free.get(0),
                new CitizenContact("Inger Invite", address, null, Locale.of("da"), "", marker));

        var confirmed = onlyMailTo(address, "Bekræftelse");
        var calendar = invite(confirmed);
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        var event = event(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("booking-" + confirmation.bookingId() + "@borgerraadgiver-portal");
        assertThat(value(event, Property.DTSTART)).isEqualTo(ICS_UTC.format(free.get(0).start()));
        assertThat(value(event, Property.DTEND)).isEqualTo(ICS_UTC.format(free.get(0).end()));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.LOCATION)).contains("Store Heddinge");
        assertThat(value(event, Property.DESCRIPTION)).contains("/booking/" + confirmation.manageToken());
        assertThat(Mails.contentTypeOf(confirmed, "text/calendar")).contains("method=REQUEST");
        assertThat(Mails.textParts(confirmed)).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(text -> assertThat(text).contains("<html"))
                .allSatisfy(text -> assertThat(text).doesNotContain(marker));

        bookings.moveByLink(confirmation.manageToken(), free.get(2));
        var moved = invite(onlyMailTo(address, "flyttet"));
        assertThat(value(moved, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(event(moved), Property.UID)).isEqualTo(value(event, Property.UID));
        assertThat(value(event(moved), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event(moved), Property.DTSTART)).isEqualTo(ICS_UTC.format(free.get(2).start()));

        bookings.cancelByLink(confirmation.manageToken());
        var cancelled = invite(onlyMailTo(address, "Aflyst"));
        assertThat(value(cancelled, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(event(cancelled), Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event(cancelled), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void mails_wait_while_smtp_is_down_and_each_goes_out_exactly_once_when_it_is_back() {
        var type = meetingType(bookings, "ishoj", "RADHUS");
        var bookingIds = new ArrayList<Long>();
        TestSmtp.stop();
        try {
            int booked = 0;
            for (int fromTheEnd = 0; booked < 20; fromTheEnd++) {
                var day = freeDay(bookings, type, fromTheEnd);
                for (TimeSlot slot : bookings.freeSlots(type, day)) {
                    if (booked == 20) {
                        break;
                    }
                    bookingIds.add(bookings.book(type, slot, citizen("down" + booked + "@example.dk")).bookingId());
                    booked++;
                }
            }
        } finally {
            TestSmtp.restart();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> IntStream.range(0, 20)
                .allMatch(i -> !TestSmtp.messagesTo("down" + i + "@example.dk").isEmpty()));
        // Once every confirmation is marked sent and its event complete, nothing can send it again.
        await().atMost(Duration.ofSeconds(60)).until(() -> bookingIds.stream().allMatch(this::confirmationSettled));
        for (int i = 0; i < 20; i++) {
            assertThat(TestSmtp.messagesTo("down" + i + "@example.dk")).as("mails to down" + i).hasSize(1);
        }
    }

    @Test
    void an_smtp_server_that_never_answers_does_not_slow_the_booking_and_the_mail_follows_later() throws Exception {
        var type = meetingType(bookings, "ishoj", "TELEFON");
        var day = freeDay(bookings, type, 0);
        var slot = bookings.freeSlots(type, day).getFirst();
        TestSmtp.becomeSilent();
        try {
            var confirmation = bookings.book(type, slot, citizen("silent@example.dk"));
            // The booking is confirmed while the mail server has not answered a single mail.
            assertThat(bookings.findByLink(confirmation.manageToken())).isPresent();
            assertThat(TestSmtp.messagesTo("silent@example.dk")).isEmpty();
            // The first attempt runs into the (test) timeout and is recorded as failed, to be retried.
            await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(deliveryStatus(
                    "booking-confirmed:" + confirmation.bookingId())));
        } finally {
            TestSmtp.speakAgain();
        }
        onlyMailTo("silent@example.dk", "Bekræftelse");
    }

    @Test
    void reminder_is_scheduled_for_the_working_day_before_at_the_configured_time_and_sent_once() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 5);
        var slot = bookings.freeSlots(type, day).getFirst();
        var confirmation = bookings.book(type, slot, citizen("reminder@example.dk"));
        var expected = DanishHolidays.previousWorkingDay(day,
                DanishHolidays.Options.ALL_CLOSED).atTime(16, 0).atZone(TimeSlot.ZONE).toInstant();

        await().atMost(Duration.ofSeconds(30)).until(() ->
                scheduler.getScheduledExecution(Reminders.instanceId(confirmation.bookingId())).isPresent());
        assertThat(scheduler.getScheduledExecution(Reminders.instanceId(confirmation.bookingId())).orElseThrow()
                .getExecutionTime()).isEqualTo(expected);

        // Time passes: the reminder is due now. A second scheduler on the same database competes for it.
        try (var second = SecondScheduler.start(dataSource, reminderTask)) {
            scheduler.reschedule(Reminders.instanceId(confirmation.bookingId()), Instant.now());
            onlyMailTo("reminder@example.dk", "Påmindelse");
            // db-scheduler removes the execution when it has run: after that neither scheduler can run it again.
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    scheduler.getScheduledExecution(Reminders.instanceId(confirmation.bookingId())).isEmpty());
            assertThat(TestSmtp.messagesTo("reminder@example.dk").stream()
                    .filter(m -> subject(m).contains("Påmindelse"))).hasSize(1);
        }
    }

    @Test
    void a_cancelled_booking_gets_no_reminder() {
        var type = meetingType(bookings, "ringsted", "RADHUS");
        var day = freeDay(bookings, type, 6);
        var confirmation = bookings.book(type, bookings.freeSlots(type, day).getFirst(), citizen("noreminder@example.dk"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                scheduler.getScheduledExecution(Reminders.instanceId(confirmation.bookingId())).isPresent());

        bookings.cancelByLink(confirmation.manageToken());

        await().atMost(Duration.ofSeconds(30)).until(() ->
                scheduler.getScheduledExecution(Reminders.instanceId(confirmation.bookingId())).isEmpty());
        onlyMailTo("noreminder@example.dk", "Aflyst");
        assertThat(TestSmtp.messagesTo("noreminder@example.dk").stream()
                .filter(m -> subject(m).contains("Påmindelse"))).isEmpty();
    }
}
