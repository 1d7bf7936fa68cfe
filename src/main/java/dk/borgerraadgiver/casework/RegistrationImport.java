package dk.borgerraadgiver.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.StaffScope;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Brings registrations from the statistikmodul spreadsheet or another system in: first a dry run
 * that lists every problem with its row and column, then an import of all rows in one transaction,
 * or of none. A row already imported (same municipality and row key) is skipped, so importing the same
 * file twice creates no duplicates. Imported cases are closed, marked with the file name and date,
 * and count in the statistics like any other.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class RegistrationImport {

    /** The kinds of file the import reads. */
    public enum FileType { CSV, XLSX }

    /** One problem: the row (1 = header), the column and a message key with its arguments (import.error.*). */
    public record Problem(int row, String column, String messageKey, List<String> arguments) {
    }

    /** What a dry run found or an import did. */
    public record Result(int rows, int cases, int points, int alreadyImported, List<Problem> problems, int moreProblems,
                         boolean imported, Map<String, Integer> pointsPerMunicipality) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final int MAX_LISTED_PROBLEMS = 200;
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final MunicipalityDirectory municipalities;
    private final ClassificationSchemes schemes;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final CitizenKeys citizenKeys;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegistrationImport(JdbcTemplate jdbc, MunicipalityDirectory municipalities, ClassificationSchemes schemes, StaffScope scope,
                       CaseAudit audit, CitizenKeys citizenKeys, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.schemes = schemes;
        this.scope = scope;
        this.audit = audit;
        this.citizenKeys = citizenKeys;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(900);
        this.clock = clock;
    }

    /** Checks every row and says what an import would do; changes nothing. */
    public Result dryRun(Path file, FileType type) {
        var check = new Check();
        read(file, type, line -> check.row(line, null));
        return check.result(false);
    }

    /**
     * Checks the file again and, only if it has no problems, imports every new row in one transaction.
     * Progress is reported in rows read.
     */
    public Result importAll(Path file, FileType type, String fileName, IntConsumer progress) {
        var check = new Check();
        read(file, type, line -> check.row(line, null));
        if (!check.problems.isEmpty() || check.missingColumns != null) {
            return check.result(false);
        }
        var source = fileName + " (" + PortalTime.today(clock) + ")";
        var writer = new Writer(source, progress);
        var again = new Check();
        transaction.executeWithoutResult(status -> {
            read(file, type, line -> again.row(line, writer));
            writer.flush();
            jdbc.update("update case_file set reference = concat('I-', year(registered_on), '-', lpad(id, 6, '0')) "
                    + "where imported_from = ? and reference is null", source);
            for (var municipality : again.pointsPerMunicipality.keySet()) {
                audit.recordMunicipality(AuditAction.IMPORTED, byCode(municipality).id(), source + ": " + again.pointsPerMunicipality.get(municipality) + " points");
            }
        });
        return again.result(true);
    }

    private void read(Path file, FileType type, Consumer<RegistrationFormat.Line> rows) {
        List<String> missing;
        if (type == FileType.XLSX) {
            missing = RegistrationFormat.readXlsx(file, rows);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                missing = RegistrationFormat.readCsv(in, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(missing);
        }
    }

    /** The file lacks columns of the format; nothing else is checked. */
    public static class MissingColumnsException extends RuntimeException {
        private final List<String> columns;

        MissingColumnsException(List<String> columns) {
            super("Missing columns " + columns);
            this.columns = List.copyOf(columns);
        }

        public List<String> columns() {
            return columns;
        }
    }

    private MunicipalitySummary byCode(String code) {
        return municipalities.all().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    /** Where in the file each part of a complete classification goes. */
    private static final Map<ClosingProblem, String> COLUMN_OF = Map.of(
            ClosingProblem.DEPARTMENT_MISSING, "afdeling", ClosingProblem.CATEGORY_MISSING, "kategori",
            ClosingProblem.HANDLING_MISSING, "behandling", ClosingProblem.REASON_MISSING, "grund",
            ClosingProblem.STATEMENT_DATE_MISSING, "udtalelse");

    /** A valid row, ready to write. */
    private record Parsed(long municipalityId, String rowKey, @Nullable String mainKey, LocalDate date, Channel channel,
                          String citizenKey, @Nullable PointKind kind, @Nullable CannotHandleReason reason,
                          @Nullable Long categoryId, @Nullable Long departmentId, @Nullable Handling handling,
                          @Nullable LocalDate statementOn, @Nullable CriticismLevel criticism, boolean noRealCaseWork,
                          @Nullable LocalDate forwardedOn, @Nullable LocalDate answerDeadline, @Nullable LocalDate answeredOn) {
    }

    /** Checks rows one by one, remembering only keys, so memory grows with the number of rows, not their content. */
    private final class Check {
        final List<Problem> problems = new ArrayList<>();
        int moreProblems;
        @Nullable List<String> missingColumns;
        int rows;
        int cases;
        int points;
        int alreadyImported;
        final Map<String, Integer> pointsPerMunicipality = new TreeMap<>();
        final Set<String> rowKeys = new HashSet<>();
        final Map<String, Long> mainMunicipality = new HashMap<>();
        final Set<String> skippedMains = new HashSet<>();
        final Map<String, MunicipalitySummary> byCode = municipalities.all().stream()
                .collect(Collectors.toMap(MunicipalitySummary::code, m -> m));
        final Set<Long> served = scope.servedMunicipalityIds();
        final Map<Long, Map<String, CategoryNode>> categories = new HashMap<>();
        final Map<Long, Map<String, Long>> departments = new HashMap<>();
        final Map<Long, Set<String>> existing = new HashMap<>();
        final Map<Long, Boolean> categorisesAllKinds = new HashMap<>();
        final Set<String> mainsWithoutWork = new HashSet<>();
        final LocalDate today = PortalTime.today(clock);

        void row(RegistrationFormat.Line line, @Nullable Writer writer) {
            rows++;
            int before = problems.size() + moreProblems;
            var municipalityCode = line.get("kommune");
            var municipality = byCode.get(municipalityCode);
            if (municipality == null) {
                problem(line, "kommune", "import.error.municipality", municipalityCode);
                return;
            }
            if (!served.contains(municipality.id())) {
                problem(line, "kommune", "import.error.notServed", municipality.name());
                return;
            }
            long mid = municipality.id();
            var rowKey = line.get("raekke");
            if (rowKey.isEmpty() || rowKey.length() > 60) {
                problem(line, "raekke", "import.error.rowKey");
            } else if (!rowKeys.add(rowKey)) {
                problem(line, "raekke", "import.error.duplicate", rowKey);
            }
            var mainKey = line.get("hovedraekke");
            if (!mainKey.isEmpty()) {
                var mainOf = mainMunicipality.get(mainKey);
                if (mainOf == null) {
                    problem(line, "hovedraekke", "import.error.noMain", mainKey);
                } else if (mainOf != mid) {
                    problem(line, "hovedraekke", "import.error.mainElsewhere", mainKey);
                }
            }
            var date = date(line, "dato", true);
            if (date != null && date.isAfter(today)) {
                problem(line, "dato", "import.error.future", line.get("dato"));
            }
            var channel = enumValue(line, "kanal", Channel.class, true);
            var citizen = line.get("borgernoegle");
            if (citizen.isEmpty() && mainKey.isEmpty()) {
                problem(line, "borgernoegle", "import.error.required");
            }
            boolean noWork = false;
            try {
                noWork = RegistrationFormat.flag(line.get("ingen_sagsbehandling"));
            } catch (IllegalArgumentException e) {
                problem(line, "ingen_sagsbehandling", "import.error.flag", line.get("ingen_sagsbehandling"));
            }
            // A follow-up row is a point, so it has a kind; so has a main row, unless its case needed no real work.
            boolean caseWithoutWork = mainKey.isEmpty() ? noWork : mainsWithoutWork.contains(mainKey);
            var kind = enumValue(line, "art", PointKind.class, !mainKey.isEmpty() || !caseWithoutWork);
            var reason = enumValue(line, "grund", CannotHandleReason.class, false);
            Long category = null;
            var categoryCode = line.get("kategori");
            if (!categoryCode.isEmpty()) {
                var node = categories.computeIfAbsent(mid, id -> schemes.nodes(id).stream()
                        .collect(Collectors.toMap(CategoryNode::code, n -> n))).get(categoryCode);
                if (node == null || !node.leaf()) {
                    problem(line, "kategori", "import.error.category", categoryCode, municipality.name());
                } else {
                    category = node.id();
                }
            }
            Long department = null;
            var departmentCode = line.get("afdeling");
            if (!departmentCode.isEmpty()) {
                department = departments.computeIfAbsent(mid, id -> municipalities.departments(id).stream()
                        .collect(Collectors.toMap(DepartmentNode::code, DepartmentNode::id))).get(departmentCode);
                if (department == null) {
                    problem(line, "afdeling", "import.error.department", departmentCode, municipality.name());
                }
            }
            var handling = enumValue(line, "behandling", Handling.class, false);
            var statementOn = date(line, "udtalelse", false);
            var criticism = enumValue(line, "kritik", CriticismLevel.class, false);
            var forwardedOn = date(line, "videresendt", false);
            var deadline = date(line, "svarfrist", forwardedOn != null);
            var answeredOn = date(line, "besvaret", false);
            if (forwardedOn != null && !mainKey.isEmpty()) {
                problem(line, "videresendt", "import.error.forwardOnFollowUp");
            }
            if (kind != null && !caseWithoutWork && problems.size() + moreProblems == before) {
                // Imported cases are closed: a point must be as completely classified as closing a case asks.
                var point = new PointClassification(mainKey.isEmpty(), kind, reason, category, department, handling,
                        statementOn, criticism, null, null);
                boolean allKinds = categorisesAllKinds.computeIfAbsent(mid, schemes::categorisesAllKinds);
                for (var missing : ClassificationRules.missingFrom(point, allKinds)) {
                    problem(line, COLUMN_OF.get(missing), "import.error.missing." + missing.name());
                }
            }
            if (mainKey.isEmpty() && noWork) {
                mainsWithoutWork.add(rowKey);
            }
            if (problems.size() + moreProblems > before || date == null || channel == null) {
                return;
            }
            var existingKeys = existing.computeIfAbsent(mid, id -> new HashSet<>(jdbc.queryForList(
                    "select import_key from case_file where municipality_id = ? and import_key is not null", String.class, id)));
            if (mainKey.isEmpty()) {
                mainMunicipality.put(rowKey, mid);
                if (existingKeys.contains(rowKey)) {
                    skippedMains.add(rowKey);
                    alreadyImported++;
                    return;
                }
                cases++;
            } else if (skippedMains.contains(mainKey)) {
                alreadyImported++;
                return;
            }
            if (kind != null) {
                points++;
                pointsPerMunicipality.merge(municipalityCode, 1, Integer::sum);
            }
            if (writer != null) {
                writer.add(new Parsed(mid, rowKey, mainKey.isEmpty() ? null : mainKey, date, channel,
                        citizen.matches("[0-9a-f]{16}") ? citizen : citizenKeys.keyFor(citizen.isEmpty() ? rowKey : citizen),
                        kind, reason, category, department, handling, statementOn, criticism, noWork, forwardedOn, deadline,
                        answeredOn));
            }
        }

        private @Nullable LocalDate date(RegistrationFormat.Line line, String column, boolean required) {
            var value = line.get(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(line, column, "import.error.required");
                }
                return null;
            }
            try {
                return RegistrationFormat.date(value);
            } catch (IllegalArgumentException e) {
                problem(line, column, "import.error.date", value);
                return null;
            }
        }

        private <E extends Enum<E>> @Nullable E enumValue(RegistrationFormat.Line line, String column, Class<E> type, boolean required) {
            var value = line.get(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(line, column, "import.error.required");
                }
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(line, column, "import.error.code", value,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }

        private void problem(RegistrationFormat.Line line, String column, String key, String... arguments) {
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add(new Problem(line.number(), column, key, List.of(arguments)));
            } else {
                moreProblems++;
            }
        }

        Result result(boolean imported) {
            return new Result(rows, cases, points, alreadyImported, List.copyOf(problems), moreProblems, imported,
                    Map.copyOf(pointsPerMunicipality));
        }
    }

    /** Writes valid rows in batches: the cases of a batch first, then their points and forwards. */
    private final class Writer {
        private final String source;
        private final IntConsumer progress;
        private final List<Parsed> batch = new ArrayList<>();
        private final Map<String, Long> caseIds = new HashMap<>();
        /** Main rows by key, so a follow-up point takes its case's date and "no real case work" flag. */
        private final Map<String, Parsed> mains = new HashMap<>();
        private final String actor = Actor.current();
        private int written;

        Writer(String source, IntConsumer progress) {
            this.source = source;
            this.progress = progress;
        }

        void add(Parsed row) {
            if (row.mainKey() == null) {
                mains.put(row.rowKey(), row);
            }
            batch.add(row);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            var newCases = batch.stream().filter(r -> r.mainKey() == null).toList();
            var now = Timestamp.from(clock.instant());
            jdbc.batchUpdate("insert into case_file (municipality_id, channel, registered_on, registered_at, registered_by, "
                            + "citizen_name, citizen_key, language, summary, no_real_case_work, status, poa_status, citizen_nonce, "
                            + "closed_at, imported_from, import_key) values (?, ?, ?, ?, ?, ?, ?, 'da', ?, ?, 'CLOSED', 'NOT_NEEDED', ?, ?, ?, ?)",
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
                    });
            for (var municipality : newCases.stream().map(Parsed::municipalityId).distinct().toList()) {
                var keys = newCases.stream().filter(r -> r.municipalityId() == municipality).map(Parsed::rowKey).toList();
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
}
