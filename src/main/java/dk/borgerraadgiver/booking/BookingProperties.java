package dk.borgerraadgiver.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client may try to book or change a booking.
 *
 * @param attemptsPerClient attempts in one window
 * @param attemptWindow     the sliding window
 */
@ConfigurationProperties("portal.booking")
public record BookingProperties(@DefaultValue("10") int attemptsPerClient, @DefaultValue("PT10M") Duration attemptWindow) {
}
