package dk.borgerraadgiver.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dk.borgerraadgiver.booking.internal.MeetingErasure;
import dk.borgerraadgiver.shared.retention.CitizenMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One citizen's bookings and home-visit requests, found by their contact details, for the citizen's
 * right of access and erasure (the retention module checks who asks). Erasing keeps the row with its
 * status and times, which the statistics count, and removes the name, contact details and notes; the
 * nightly retention sweeps use the same statements ({@link MeetingErasure}).
 */
@Service
public class CitizenMeetings {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CitizenMeetings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A booking or a visit request as the access report prints it. */
    public record MeetingRecord(boolean visitRequest, long id, long municipalityId, String reference, Instant at,
                                String meetingName, String status, String citizenName, @Nullable String email,
                                @Nullable String phone, String notes, boolean erased) {
    }

    @Transactional(readOnly = true)
    public List<MeetingRecord> find(CitizenMatch match, Collection<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return List.of();
        }
        var in = String.join(",", municipalityIds.stream().map(id -> "?").toList());
        var args = new ArrayList<Object>(match.arguments());
        args.addAll(municipalityIds);
        var found = new ArrayList<MeetingRecord>(jdbc.query("select b.id, b.municipality_id, b.reference, b.starts_at, t.name_da, "
                + "b.status, b.citizen_name, b.citizen_email, b.citizen_phone, concat_ws(' · ', nullif(b.needs, ''), b.topic) as notes, "
                + "b.erased_at from booking b join meeting_type t on t.id = b.meeting_type_id where " + match.condition("b")
                + " and b.municipality_id in (" + in + ") order by b.starts_at", (rs, n) -> record(rs, false), args.toArray()));
        found.addAll(jdbc.query("select v.id, v.municipality_id, v.reference, v.proposed_1, t.name_da, v.status, "
                + "v.citizen_name, v.citizen_email, v.citizen_phone, concat_ws(' · ', nullif(v.place, ''), nullif(v.reason, ''), "
                + "v.advisor_message) as notes, v.erased_at from visit_request v join meeting_type t on t.id = v.meeting_type_id where "
                + match.condition("v") + " and v.municipality_id in (" + in + ") order by v.proposed_1",
                (rs, n) -> record(rs, true), args.toArray()));
        return found;
    }

    private static MeetingRecord record(ResultSet rs, boolean visitRequest) throws SQLException {
        return new MeetingRecord(visitRequest, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10) == null ? "" : rs.getString(10), rs.getTimestamp(11) != null);
    }

    /** Erases the citizen's data from one booking. */
    @Transactional
    public void eraseBooking(long bookingId) {
        jdbc.update(MeetingErasure.ERASE_BOOKINGS + "id = ?", Timestamp.from(clock.instant()), bookingId);
    }

    /** Erases the citizen's data from one home-visit request. */
    @Transactional
    public void eraseVisitRequest(long visitRequestId) {
        jdbc.update(MeetingErasure.ERASE_VISIT_REQUESTS + "id = ?", Timestamp.from(clock.instant()), visitRequestId);
    }
}
