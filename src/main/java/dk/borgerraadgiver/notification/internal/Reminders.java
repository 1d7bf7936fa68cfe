package dk.borgerraadgiver.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.notices.BookingNotices;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.booking.DanishHolidays;
import dk.borgerraadgiver.notification.NotificationProperties;
import dk.borgerraadgiver.shared.PortalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.io.Serializable;

/**
 * A reminder mail on the working day before each meeting, at the configured time. Kept in
 * db-scheduler's table, so it survives restarts and runs once even with several instances.
 */
@Component
public class Reminders {

    public static final String TASK_NAME = "booking-reminder";

    /** What a scheduled reminder remembers: the booking and the change it was scheduled for. */
    public record ReminderData(long bookingId, int sequence) implements Serializable {
    }

    private final SchedulerClient scheduler;
    private final BookingNotices bookings;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(@Lazy SchedulerClient scheduler, BookingNotices bookings, NotificationProperties properties, Clock clock) {
        this.scheduler = scheduler;
        this.bookings = bookings;
        this.properties = properties;
        this.clock = clock;
    }

    public static TaskInstanceId instanceId(long bookingId) {
        return TaskInstanceId.of(TASK_NAME, "booking-" + bookingId);
    }

    /** Schedules (or moves) the booking's reminder; none when its time has already passed. */
    void schedule(long bookingId) {
        cancel(bookingId);
        bookings.details(bookingId)
                .filter(booking -> booking.status() == BookingStatus.CONFIRMED)
                .ifPresent(booking -> reminderTime(booking).ifPresent(when -> scheduler.scheduleIfNotExists(
                        ReminderTask.TASK.instance("booking-" + bookingId)
                                .data(new ReminderData(bookingId, booking.sequence()))
                                .scheduledTo(when))));
    }

    void cancel(long bookingId) {
        var id = instanceId(bookingId);
        if (scheduler.getScheduledExecution(id).isPresent()) {
            scheduler.cancel(id);
        }
    }

    Optional<Instant> reminderTime(BookingDetails booking) {
        var meetingDay = booking.slot().day();
        var day = DanishHolidays.previousWorkingDay(meetingDay, bookings.holidays(booking.municipalityId()));
        var when = LocalDateTime.of(day, properties.reminderTime()).atZone(PortalTime.ZONE).toInstant();
        return when.isAfter(clock.instant()) ? Optional.of(when) : Optional.empty();
    }

    @Configuration(proxyBeanMethods = false)
    static class ReminderTask {

        static final TaskDescriptor<ReminderData> TASK =
                TaskDescriptor.of(TASK_NAME, ReminderData.class);

        @Bean
        OneTimeTask<ReminderData> bookingReminderTask(MailDispatcher dispatcher, BookingMails mails,
                                                      BookingNotices bookings) {
            return Tasks.oneTime(TASK).execute((instance, context) -> {
                var data = instance.getData();
                var booking = bookings.details(data.bookingId());
                if (booking.isEmpty() || booking.get().status() != BookingStatus.CONFIRMED
                        || booking.get().sequence() != data.sequence()) {
                    return;
                }
                dispatcher.dispatch("booking-reminder:" + data.bookingId() + ":" + data.sequence(), "BOOKING_REMINDER",
                        booking.get().municipalityId(), () -> mails.compose(data.bookingId(), BookingMails.Kind.REMINDER));
            });
        }
    }
}
