package dk.borgerraadgiver.retention;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation-wide part of the retention rules (the per-municipality part is
 * {@link dk.borgerraadgiver.organisation.RetentionPolicy}).
 *
 * @param runAt                  when the nightly run starts, Danish time
 * @param eventPublicationDays   completed event publications between modules are kept this many days
 * @param installationLogYears   the administration log and audit entries of no single municipality, in years
 */
@ConfigurationProperties("portal.retention")
public record RetentionProperties(@DefaultValue("02:30") LocalTime runAt, @DefaultValue("30") int eventPublicationDays,
                                  @DefaultValue("5") int installationLogYears) {
}
