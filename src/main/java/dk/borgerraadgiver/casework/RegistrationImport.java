package dk.borgerraadgiver.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.RegistrationWriter;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
                         boolean imported, Map<String, Integer> pointsPerMunicipality, List<Problem> warnings,
                         @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final int MAX_LISTED_PROBLEMS = 200;

    private final JdbcTemplate jdbc;
    private final MunicipalityDirectory municipalities;
    private final ClassificationSchemes schemes;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final CitizenKeys citizenKeys;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImportBatches batches;

    RegistrationImport(JdbcTemplate jdbc, MunicipalityDirectory municipalities, ClassificationSchemes schemes, StaffScope scope,
                       CaseAudit audit, CitizenKeys citizenKeys, PlatformTransactionManager transactions, Clock clock,
                       ImportBatches batches) {
        this.batches = batches;
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
        var check = new RegistrationRowCheck(codes(), PortalTime.today(clock));
        read(file, type, line -> check.row(line, null));
        return check.result(false);
    }

    /**
     * Checks the file again and, only if it has no problems, imports every new row in one transaction.
     * Progress is reported in rows read.
     */
    public Result importAll(Path file, FileType type, String fileName, IntConsumer progress) {
        var check = new RegistrationRowCheck(codes(), PortalTime.today(clock));
        read(file, type, line -> check.row(line, null));
        if (!check.problems.isEmpty() || check.missingColumns != null) {
            return check.result(false);
        }
        var source = fileName + " (" + PortalTime.today(clock) + ")";
        var again = new RegistrationRowCheck(codes(), PortalTime.today(clock));
        transaction.executeWithoutResult(status -> {
            long batch = batches.open(source);
            var writer = new RegistrationWriter(jdbc, clock, source, batch, progress);
            read(file, type, line -> again.row(line, writer::add));
            writer.flush();
            jdbc.update("update case_file set reference = concat('I-', year(registered_on), '-', lpad(id, 6, '0')) "
                    + "where import_batch_id = ? and reference is null", batch);
            batches.close(batch);
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

    /** The check's look-ups, from the database, each read once per municipality by the check. */
    private RegistrationRowCheck.Codes codes() {
        var byCode = municipalities.all().stream().collect(Collectors.toMap(MunicipalitySummary::code, m -> m));
        var served = scope.servedMunicipalityIds();
        return new RegistrationRowCheck.Codes() {
            @Override
            public @Nullable MunicipalitySummary municipality(String code) {
                return byCode.get(code);
            }

            @Override
            public boolean serves(long municipalityId) {
                return served.contains(municipalityId);
            }

            @Override
            public Map<String, CategoryNode> categories(long municipalityId) {
                return schemes.nodes(municipalityId).stream().collect(Collectors.toMap(CategoryNode::code, n -> n));
            }

            @Override
            public Map<String, Long> departments(long municipalityId) {
                return municipalities.departments(municipalityId).stream()
                        .collect(Collectors.toMap(DepartmentNode::code, DepartmentNode::id));
            }

            @Override
            public boolean categorisesAllKinds(long municipalityId) {
                return schemes.categorisesAllKinds(municipalityId);
            }

            @Override
            public Set<String> importedKeys(long municipalityId) {
                return new HashSet<>(jdbc.queryForList("select import_key from case_file where municipality_id = ? "
                        + "and import_key is not null", String.class, municipalityId));
            }

            @Override
            public String citizenKey(String identifier) {
                return citizenKeys.keyFor(identifier);
            }
        };
    }

    private MunicipalitySummary byCode(String code) {
        return municipalities.all().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }


}
