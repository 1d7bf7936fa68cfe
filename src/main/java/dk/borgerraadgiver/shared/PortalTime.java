package dk.borgerraadgiver.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Danish time: the zone every date a citizen or advisor sees is in, and "today" by the portal's clock
 * (which tests move). Instants are stored in UTC; days are Danish days.
 */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private PortalTime() {
    }

    /** Today's date in Denmark by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
