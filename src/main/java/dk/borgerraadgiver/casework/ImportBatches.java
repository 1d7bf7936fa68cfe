package dk.borgerraadgiver.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imports done so far, each a batch of its own. An administrator can undo a batch as a whole
 * while none of its cases has been changed since: no timeline step, journal note, message, access
 * code, hold, erasure or other change on any of them. The undo deletes the batch's cases with their
 * points and forwards in one transaction, so the statistics are as before the import, and is
 * audit-logged for each municipality.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class ImportBatches {

    /** Whether a batch can still be undone. */
    public enum State { UNDOABLE, CHANGED, UNDONE }

    public record Batch(long id, String source, Instant importedAt, String importedBy, int cases, int points,
                        @Nullable Instant undoneAt, State state) {
    }

    /** Undo refused: the batch was undone already, or one of its cases has been changed since. */
    public static class UndoRefusedException extends RuntimeException {
        private final State state;

        UndoRefusedException(State state) {
            super("Import batch cannot be undone: " + state);
            this.state = state;
        }

        public State state() {
            return state;
        }
    }

    private static final String CHANGED_CASES = "select count(*) from case_file c where c.import_batch_id = ? and ("
            + "c.version > 0 or c.status <> 'CLOSED' or c.erased_at is not null or c.legal_hold_at is not null "
            + "or exists (select 1 from case_event e where e.case_id = c.id) "
            + "or exists (select 1 from case_journal_entry j where j.case_id = c.id) "
            + "or exists (select 1 from case_message m where m.case_id = c.id) "
            + "or exists (select 1 from case_access_code a where a.case_id = c.id))";

    private final JdbcTemplate jdbc;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final Clock clock;

    ImportBatches(JdbcTemplate jdbc, StaffScope scope, CaseAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest batches that brought cases to municipalities the member of staff serves, newest first. */
    @Transactional(readOnly = true)
    public List<Batch> recent(int limit) {
        var served = scope.servedMunicipalityIds();
        if (served.isEmpty()) {
            return List.of();
        }
        var ids = jdbc.queryForList("select distinct batch_id from import_batch_municipality where municipality_id in ("
                + served.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") order by batch_id desc limit ?",
                Long.class, limit);
        return ids.stream().map(this::find).toList();
    }

    /** Undoes a batch as a whole; refused when undone already or when one of its cases has changed since. */
    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public Batch undo(long batchId) {
        // The lock keeps two administrators (or an undo and a change) from passing the check together.
        jdbc.queryForObject("select id from import_batch where id = ? for update", Long.class, batchId);
        var municipalities = municipalities(batchId);
        scope.requireServesAll(municipalities);
        var batch = find(batchId);
        if (batch.state() != State.UNDOABLE) {
            throw new UndoRefusedException(batch.state());
        }
        jdbc.update("delete f from case_forward f join case_file c on c.id = f.case_id where c.import_batch_id = ?", batchId);
        jdbc.update("delete p from complaint_point p join case_file c on c.id = p.case_id where c.import_batch_id = ?", batchId);
        int cases = jdbc.update("delete from case_file where import_batch_id = ?", batchId);
        jdbc.update("update import_batch set undone_at = ?, undone_by = ? where id = ?",
                Timestamp.from(clock.instant()), Actor.current(), batchId);
        for (long municipality : municipalities) {
            audit.recordMunicipality(AuditAction.IMPORT_UNDONE, municipality, batch.source() + ": " + cases + " cases");
        }
        return find(batchId);
    }

    /** Starts a batch inside the import's transaction; its counts are written by {@link #close}. */
    @Transactional(propagation = Propagation.MANDATORY)
    long open(String source) {
        jdbc.update("insert into import_batch (source, imported_at, imported_by, cases, points) values (?, ?, ?, 0, 0)",
                source, Timestamp.from(clock.instant()), Actor.current());
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void close(long batchId) {
        jdbc.update("update import_batch b set cases = (select count(*) from case_file c where c.import_batch_id = b.id), "
                + "points = (select count(*) from complaint_point p join case_file c on c.id = p.case_id "
                + "where c.import_batch_id = b.id) where b.id = ?", batchId);
        jdbc.update("insert into import_batch_municipality (batch_id, municipality_id) "
                + "select distinct import_batch_id, municipality_id from case_file where import_batch_id = ?", batchId);
    }

    private List<Long> municipalities(long batchId) {
        return jdbc.queryForList("select municipality_id from import_batch_municipality where batch_id = ?", Long.class, batchId);
    }

    private Batch find(long batchId) {
        return jdbc.queryForObject("select id, source, imported_at, imported_by, cases, points, undone_at from import_batch where id = ?",
                (rs, n) -> {
                    var undone = rs.getTimestamp("undone_at");
                    int points = rs.getInt("points");
                    State state = undone != null ? State.UNDONE : changed(batchId, points) ? State.CHANGED : State.UNDOABLE;
                    return new Batch(rs.getLong("id"), rs.getString("source"), rs.getTimestamp("imported_at").toInstant(),
                            rs.getString("imported_by"), rs.getInt("cases"), points, undone == null ? null : undone.toInstant(), state);
                }, batchId);
    }

    /** A case changed since, or a point added or removed. */
    private boolean changed(long batchId, int points) {
        Integer changedCases = jdbc.queryForObject(CHANGED_CASES, Integer.class, batchId);
        Integer pointsNow = jdbc.queryForObject("select count(*) from complaint_point p join case_file c on c.id = p.case_id "
                + "where c.import_batch_id = ?", Integer.class, batchId);
        return changedCases != null && changedCases > 0 || pointsNow == null || pointsNow != points;
    }
}
