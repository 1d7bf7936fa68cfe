package dk.borgerraadgiver.notification;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out.
 *
 * @param senderAddress the From address; each municipality's own address is the Reply-To
 * @param reminderTime  when, on the working day before a meeting, the reminder is sent (Danish time)
 * @param retryInterval the first wait before a failed mail is tried again; it doubles up to {@code maxRetryInterval}
 * @param mailFolder    when set (the embedded run), mail is written there as .eml files instead of sent
 */
@ConfigurationProperties("portal.notification")
public record NotificationProperties(
        @DefaultValue("borgerraadgiver@portal.invalid") String senderAddress,
        @DefaultValue("16:00") LocalTime reminderTime,
        @DefaultValue("PT1M") Duration retryInterval,
        @DefaultValue("PT30M") Duration maxRetryInterval,
        @DefaultValue("") String mailFolder) {
}
