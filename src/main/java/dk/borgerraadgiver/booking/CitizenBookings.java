package dk.borgerraadgiver.booking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.security.CitizenIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings a citizen booked while signed in with MitID, for "Mine sager", each with the private
 * path where she moves or cancels it. Found by the signed-in identity, in the service.
 */
@Service
public class CitizenBookings {

    private final JdbcTemplate jdbc;
    private final BookingEngine engine;

    CitizenBookings(JdbcTemplate jdbc, BookingEngine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    public record MyBooking(String reference, String meetingName, Instant startsAt, BookingStatus status, String managePath) {
    }

    @Transactional(readOnly = true)
    public List<MyBooking> mine(Locale locale) {
        var identity = CitizenIdentity.current();
        if (identity.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select b.id, b.reference, b.starts_at, b.status, b.manage_nonce, t.name_da, t.name_en from booking b "
                        + "join meeting_type t on t.id = b.meeting_type_id where b.citizen_ref = ? and b.erased_at is null "
                        + "order by b.starts_at desc",
                (rs, n) -> new MyBooking(rs.getString(2), "en".equals(locale.getLanguage()) ? rs.getString(7) : rs.getString(6),
                        rs.getTimestamp(3).toInstant(), BookingStatus.valueOf(rs.getString(4)),
                        "/booking/" + engine.manageToken(rs.getLong(1), rs.getString(5))),
                engine.citizenRef(identity.get()));
    }
}
