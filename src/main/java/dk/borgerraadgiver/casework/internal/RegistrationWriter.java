package dk.borgerraadgiver.casework.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.shared.PrivateLinks;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes valid import rows in batches: the cases of a batch first, then their points and forwards. */
public final class RegistrationWriter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String source;
    private final long batchId;
    private final IntConsumer progress;
    private final List<ImportedRow> batch = new ArrayList<>();
    private final Map<String, Long> caseIds = new HashMap<>();
    /** Main rows by key, so a follow-up point takes its case's date and "no real case work" flag. */
    private final Map<String, ImportedRow> mains = new HashMap<>();
    private final String actor = Actor.current();
    private int written;

    public RegistrationWriter(JdbcTemplate jdbc, Clock clock, String source, long batchId, IntConsumer progress) {
        this.batchId = batchId;
        this.jdbc = jdbc;
        this.clock = clock;
        this.source = source;
        this.progress = progress;
    }

    public void add(ImportedRow row) {
        if (row.mainKey() == null) {
            mains.put(row.rowKey(), row);
        }
        batch.add(row);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        var newCases = batch.stream().filter(r -> r.mainKey() == null).toList();
        var now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into case_file (municipality_id, channel, registered_on, registered_at, registered_by, "
                        + "citizen_name, citizen_key, language, summary, no_real_case_work, status, poa_status, citizen_nonce, "
                        + "closed_at, imported_from, import_key, import_batch_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 'da', ?, ?, 'CLOSED', 'NOT_NEEDED', ?, ?, ?, ?, ?)",
                newCases, newCases.size(), (ps, r) -> {
                    ps.setLong(1, r.municipalityId());
                    ps.setString(2, r.channel().name());
                    ps.setDate(3, Date.valueOf(r.date()));
                    ps.setTimestamp(4, Timestamp.valueOf(r.date().atTime(12, 0)));
                    ps.setString(5, actor);
                    ps.setString(6, "Importeret borger");
                    ps.setString(7, r.citizenKey());
                    ps.setString(8, "Importeret fra " + source);
                    ps.setBoolean(9, r.noRealCaseWork());
                    ps.setString(10, PrivateLinks.newNonce());
                    ps.setTimestamp(11, now);
                    ps.setString(12, source);
                    ps.setString(13, r.rowKey());
                    ps.setLong(14, batchId);
                });
        for (var municipality : newCases.stream().map(ImportedRow::municipalityId).distinct().toList()) {
            var keys = newCases.stream().filter(r -> r.municipalityId() == municipality).map(ImportedRow::rowKey).toList();
            var args = new ArrayList<Object>();
            args.add(municipality);
            args.addAll(keys);
            jdbc.query("select id, import_key from case_file where municipality_id = ? and import_key in ("
                            + keys.stream().map(k -> "?").collect(Collectors.joining(",")) + ")",
                    rs -> {
                        caseIds.put(rs.getString(2), rs.getLong(1));
                    }, args.toArray());
        }
        var pointRows = batch.stream().filter(r -> r.kind() != null).toList();
        jdbc.batchUpdate("insert into complaint_point (case_id, municipality_id, registered_on, main, kind, cannot_handle_reason, "
                        + "category_id, department_id, handling, origin, statement_on, criticism_level, counted, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORTED', ?, ?, ?, ?)",
                pointRows, pointRows.size(), (ps, r) -> {
                    var main = r.mainKey() == null;
                    var mainRow = main ? r : mains.get(r.mainKey());
                    ps.setLong(1, caseIds.get(mainRow.rowKey()));
                    ps.setLong(2, r.municipalityId());
                    ps.setDate(3, Date.valueOf(mainRow.date()));
                    ps.setBoolean(4, main);
                    ps.setString(5, r.kind().name());
                    ps.setString(6, r.reason() == null ? null : r.reason().name());
                    ps.setObject(7, r.categoryId());
                    ps.setObject(8, r.departmentId());
                    ps.setString(9, r.handling() == null ? null : r.handling().name());
                    ps.setDate(10, r.statementOn() == null ? null : Date.valueOf(r.statementOn()));
                    ps.setString(11, r.criticism() == null ? null : r.criticism().name());
                    ps.setBoolean(12, !mainRow.noRealCaseWork());
                    ps.setTimestamp(13, now);
                });
        var forwards = newCases.stream().filter(r -> r.forwardedOn() != null && r.departmentId() != null).toList();
        jdbc.batchUpdate("insert into case_forward (case_id, municipality_id, department_id, forwarded_on, answer_deadline, "
                        + "answered_on, copy_received) values (?, ?, ?, ?, ?, ?, ?)",
                forwards, forwards.size(), (ps, r) -> {
                    ps.setLong(1, caseIds.get(r.rowKey()));
                    ps.setLong(2, r.municipalityId());
                    ps.setLong(3, r.departmentId());
                    ps.setDate(4, Date.valueOf(r.forwardedOn()));
                    ps.setDate(5, Date.valueOf(r.answerDeadline()));
                    ps.setDate(6, r.answeredOn() == null ? null : Date.valueOf(r.answeredOn()));
                    ps.setBoolean(7, r.answeredOn() != null);
                });
        written += batch.size();
        progress.accept(written);
        batch.clear();
    }
}
