package dk.borgerraadgiver.shared.retention;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kind erased by deleting the rows that a {@code from … where} clause selects; the clause takes the
 * municipality first (when the kind is set per municipality) and then the cut-off.
 */
public class DeletingSweep implements RetentionSweep {

    private final JdbcTemplate jdbc;
    private final RetentionKind kind;
    private final String fromWhere;

    public DeletingSweep(JdbcTemplate jdbc, RetentionKind kind, String fromWhere) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.fromWhere = fromWhere;
    }

    @Override
    public RetentionKind kind() {
        return kind;
    }

    @Override
    public long due(@Nullable Long municipalityId, Instant cutoff) {
        Long n = jdbc.queryForObject("select count(*) " + fromWhere, Long.class, arguments(municipalityId, cutoff));
        return n == null ? 0 : n;
    }

    @Override
    @Transactional
    public long erase(@Nullable Long municipalityId, Instant cutoff) {
        return jdbc.update("delete " + fromWhere, arguments(municipalityId, cutoff));
    }

    private Object[] arguments(@Nullable Long municipalityId, Instant cutoff) {
        if (!kind.perMunicipality()) {
            return new Object[] {Timestamp.from(cutoff)};
        }
        if (municipalityId == null) {
            throw new IllegalArgumentException(kind + " is set per municipality");
        }
        return new Object[] {municipalityId, Timestamp.from(cutoff)};
    }
}
