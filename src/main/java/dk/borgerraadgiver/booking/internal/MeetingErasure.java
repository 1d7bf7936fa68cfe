package dk.borgerraadgiver.booking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;

import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a booking and a visit request lose the citizen's data: the row stays with its status and times
 * (the statistics count them), the name, contact details and notes go. The nightly sweeps erase
 * bookings whose meeting ended before the cut-off and visit requests made, and first proposed, before
 * it (whose visit, if any, has ended).
 */
public final class MeetingErasure {

    public static final String ERASE_BOOKINGS = "update booking set citizen_name = '', citizen_email = null, citizen_phone = null, "
            + "needs = '', topic = null, citizen_ref = null, erased_at = ? where erased_at is null and ";
    public static final String ERASE_VISIT_REQUESTS = "update visit_request set citizen_name = '', citizen_email = null, "
            + "citizen_phone = null, place = '', reason = '', advisor_message = null, erased_at = ? where erased_at is null and ";

    private static final String DUE_BOOKINGS = "municipality_id = ? and ends_at < ?";
    private static final String DUE_VISIT_REQUESTS = "municipality_id = ? and created_at < ? and proposed_1 < ? "
            + "and (booking_id is null or booking_id in (select b.id from booking b where b.ends_at < ?))";

    private MeetingErasure() {
    }

    /** One kind: its erasing statement, the rows it is due for, and how many cut-off arguments that selection takes. */
    private record Sweep(RetentionKind kind, String table, String erase, String due, int cutoffs, JdbcTemplate jdbc, Clock clock)
            implements RetentionSweep {

        @Override
        public long due(@Nullable Long municipalityId, Instant cutoff) {
            Long n = jdbc.queryForObject("select count(*) from " + table + " where erased_at is null and " + due, Long.class,
                    arguments(municipalityId, cutoff, false));
            return n == null ? 0 : n;
        }

        /** One statement, so atomic on its own. */
        @Override
        public long erase(@Nullable Long municipalityId, Instant cutoff) {
            return jdbc.update(erase + due, arguments(municipalityId, cutoff, true));
        }

        private Object[] arguments(@Nullable Long municipalityId, Instant cutoff, boolean erasing) {
            var arguments = new ArrayList<Object>();
            if (erasing) {
                arguments.add(Timestamp.from(clock.instant()));
            }
            arguments.add(municipalityId);
            for (int i = 0; i < cutoffs; i++) {
                arguments.add(Timestamp.from(cutoff));
            }
            return arguments.toArray();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Sweeps {

        @Bean
        RetentionSweep bookingSweep(JdbcTemplate jdbc, Clock clock) {
            return new Sweep(RetentionKind.MEETINGS, "booking", ERASE_BOOKINGS, DUE_BOOKINGS, 1, jdbc, clock);
        }

        @Bean
        RetentionSweep visitRequestSweep(JdbcTemplate jdbc, Clock clock) {
            return new Sweep(RetentionKind.VISIT_REQUESTS, "visit_request", ERASE_VISIT_REQUESTS, DUE_VISIT_REQUESTS, 3, jdbc, clock);
        }
    }
}
