package dk.borgerraadgiver.booking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    @Component
    static class BookingSweep implements RetentionSweep {
        private final JdbcTemplate jdbc;
        private final Clock clock;

        BookingSweep(JdbcTemplate jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Override
        public RetentionKind kind() {
            return RetentionKind.MEETINGS;
        }

        @Override
        public long due(@Nullable Long municipalityId, Instant cutoff) {
            Long n = jdbc.queryForObject("select count(*) from booking where erased_at is null and " + DUE_BOOKINGS,
                    Long.class, municipalityId, Timestamp.from(cutoff));
            return n == null ? 0 : n;
        }

        @Override
        @Transactional
        public long erase(@Nullable Long municipalityId, Instant cutoff) {
            return jdbc.update(ERASE_BOOKINGS + DUE_BOOKINGS, Timestamp.from(clock.instant()), municipalityId, Timestamp.from(cutoff));
        }
    }

    @Component
    static class VisitRequestSweep implements RetentionSweep {
        private final JdbcTemplate jdbc;
        private final Clock clock;

        VisitRequestSweep(JdbcTemplate jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Override
        public RetentionKind kind() {
            return RetentionKind.VISIT_REQUESTS;
        }

        @Override
        public long due(@Nullable Long municipalityId, Instant cutoff) {
            var at = Timestamp.from(cutoff);
            Long n = jdbc.queryForObject("select count(*) from visit_request where erased_at is null and " + DUE_VISIT_REQUESTS,
                    Long.class, municipalityId, at, at, at);
            return n == null ? 0 : n;
        }

        @Override
        @Transactional
        public long erase(@Nullable Long municipalityId, Instant cutoff) {
            var at = Timestamp.from(cutoff);
            return jdbc.update(ERASE_VISIT_REQUESTS + DUE_VISIT_REQUESTS, Timestamp.from(clock.instant()), municipalityId, at, at, at);
        }
    }
}
