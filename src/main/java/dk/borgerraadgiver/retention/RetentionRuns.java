package dk.borgerraadgiver.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.AuditAction;
import dk.borgerraadgiver.casework.CaseAudit;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.RetentionPolicies;
import dk.borgerraadgiver.organisation.RetentionPolicy;
import dk.borgerraadgiver.security.SignedInStaff;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The retention run: for every municipality and kind, the cut-off from the municipality's rule, and
 * the owning module's sweep erases what lies before it. The nightly task runs it for the whole
 * installation; an administrator sees beforehand what it will erase ({@link #preview}) and can start it
 * for the municipalities they serve. Each run is stored with its counts and written to the audit log
 * (counts per kind, no personal data).
 */
@Service
public class RetentionRuns {

    private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);

    private final List<RetentionSweep> sweeps;
    private final RetentionPolicies policies;
    private final RetentionProperties properties;
    private final MunicipalityDirectory municipalities;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionRuns(List<RetentionSweep> sweeps, RetentionPolicies policies, RetentionProperties properties,
                  MunicipalityDirectory municipalities, StaffScope scope, CaseAudit audit, JdbcTemplate jdbc, Clock clock) {
        this.sweeps = sweeps;
        this.policies = policies;
        this.properties = properties;
        this.municipalities = municipalities;
        this.scope = scope;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a run would erase now: per municipality (null: the whole installation) and kind. */
    public record Due(@Nullable Long municipalityId, RetentionKind kind, Instant cutoff, long count) {
    }

    /** One run and what it erased. */
    public record Run(long id, Instant startedAt, @Nullable Instant finishedAt, String startedBy, String outcome,
                      List<Erased> erased) {
        public long total() {
            return erased.stream().mapToLong(Erased::count).sum();
        }
    }

    public record Erased(@Nullable Long municipalityId, RetentionKind kind, long count) {
    }

    /** The cut-off for one kind: data from before it is erased. */
    public Instant cutoff(RetentionKind kind, RetentionPolicy policy, Instant now) {
        var local = now.atZone(PortalTime.ZONE);
        var cutoff = switch (kind) {
            case CLOSED_CASES -> local.minusYears(policy.caseYears());
            case MEETINGS, VISIT_REQUESTS -> local.minusMonths(policy.meetingMonths());
            case MAIL_RECORDS -> local.minusDays(policy.mailDays());
            case AUDIT_LOG -> local.minusYears(policy.auditYears());
            case ACCESS_CODES, STAFF_LINKS -> local;
            case ADMINISTRATION_LOG -> local.minusYears(properties.installationLogYears());
            case EVENT_PUBLICATIONS -> local.minusDays(properties.eventPublicationDays());
        };
        return cutoff.toInstant();
    }

    /** What the next run would erase in the municipalities the administrator serves, and installation-wide. */
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public List<Due> preview() {
        var now = clock.instant();
        var due = new ArrayList<Due>();
        for (var municipality : served()) {
            var policy = policies.policy(municipality.id());
            for (var sweep : sweeps(true)) {
                var cutoff = cutoff(sweep.kind(), policy, now);
                due.add(new Due(municipality.id(), sweep.kind(), cutoff, sweep.due(municipality.id(), cutoff)));
            }
        }
        for (var sweep : sweeps(false)) {
            var cutoff = cutoff(sweep.kind(), RetentionPolicy.DEFAULTS, now);
            due.add(new Due(null, sweep.kind(), cutoff, sweep.due(null, cutoff)));
        }
        return merged(due);
    }

    /** Starts a run now for the municipalities the administrator serves and the installation-wide kinds. */
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public Run runNow() {
        return run(served().stream().map(MunicipalitySummary::id).toList(), true);
    }

    /** A run for some of the municipalities the administrator serves (installation-wide kinds optional). */
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public Run runFor(Collection<Long> municipalityIds, boolean installationWide) {
        scope.requireServesAll(municipalityIds);
        return run(municipalityIds, installationWide);
    }

    /** The nightly run over every municipality (called by the scheduled task, without a signed-in user). */
    public Run runNightly() {
        return run(municipalities.all().stream().map(MunicipalitySummary::id).toList(), true);
    }

    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public List<Run> history(int limit) {
        var counts = jdbc.query("select run_id, municipality_id, kind, erased from retention_run_count where run_id in "
                        + "(select id from (select id from retention_run order by id desc limit ?) recent) order by id",
                (rs, n) -> Map.entry(rs.getLong(1), new Erased(rs.getObject(2) == null ? null : rs.getLong(2),
                        RetentionKind.valueOf(rs.getString(3)), rs.getLong(4))), limit)
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("select id, started_at, finished_at, started_by, outcome from retention_run order by id desc limit ?",
                (rs, n) -> new Run(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        counts.getOrDefault(rs.getLong(1), List.of())), limit);
    }

    private Run run(Collection<Long> municipalityIds, boolean installationWide) {
        var startedAt = clock.instant();
        var startedBy = SignedInStaff.actor();
        long runId = startRun(startedAt, startedBy);
        var erased = new ArrayList<Erased>();
        var outcome = "DONE";
        try {
            for (long municipalityId : municipalityIds) {
                var policy = policies.policy(municipalityId);
                for (var sweep : sweeps(true)) {
                    erased.add(new Erased(municipalityId, sweep.kind(),
                            sweep.erase(municipalityId, cutoff(sweep.kind(), policy, startedAt))));
                }
            }
            if (installationWide) {
                for (var sweep : sweeps(false)) {
                    erased.add(new Erased(null, sweep.kind(),
                            sweep.erase(null, cutoff(sweep.kind(), RetentionPolicy.DEFAULTS, startedAt))));
                }
            }
        } catch (RuntimeException e) {
            outcome = "FAILED";
            log.error("Retention run {} failed after erasing {} item(s)", runId, erased.stream().mapToLong(Erased::count).sum(), e);
        }
        var merged = mergedErased(erased);
        finishRun(runId, merged, outcome);
        log.info("Retention run {} by {}: {}", runId, startedBy, describe(merged));
        return new Run(runId, startedAt, clock.instant(), startedBy, outcome, merged);
    }

    private long startRun(Instant startedAt, String startedBy) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into retention_run (started_at, started_by, outcome) values (?, ?, 'RUNNING')",
                    new String[] {"id"});
            statement.setTimestamp(1, Timestamp.from(startedAt));
            statement.setString(2, startedBy);
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    private void finishRun(long runId, List<Erased> erased, String outcome) {
        for (var item : erased) {
            jdbc.update("insert into retention_run_count (run_id, municipality_id, kind, erased) values (?, ?, ?, ?)",
                    runId, item.municipalityId(), item.kind().name(), item.count());
        }
        jdbc.update("update retention_run set finished_at = ?, outcome = ? where id = ?", Timestamp.from(clock.instant()), outcome, runId);
        var byMunicipality = new LinkedHashMap<@Nullable Long, List<Erased>>();
        erased.forEach(item -> byMunicipality.computeIfAbsent(item.municipalityId(), id -> new ArrayList<>()).add(item));
        byMunicipality.forEach((municipalityId, items) ->
                audit.recordCitizen(AuditAction.RETENTION_RUN, municipalityId, null, truncated("run " + runId + " " + outcome + ": " + describe(items))));
    }

    private List<MunicipalitySummary> served() {
        var ids = scope.servedMunicipalityIds();
        return municipalities.all().stream().filter(m -> ids.contains(m.id())).toList();
    }

    private List<RetentionSweep> sweeps(boolean perMunicipality) {
        return sweeps.stream().filter(s -> s.kind().perMunicipality() == perMunicipality)
                .sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
    }

    /** Several sweeps may serve one kind (the administration log and installation-wide audit entries): one line each. */
    private static List<Due> merged(List<Due> due) {
        var merged = new LinkedHashMap<String, Due>();
        for (var item : due) {
            merged.merge(item.municipalityId() + ":" + item.kind(), item,
                    (a, b) -> new Due(a.municipalityId(), a.kind(), a.cutoff(), a.count() + b.count()));
        }
        return List.copyOf(merged.values());
    }

    private static List<Erased> mergedErased(List<Erased> erased) {
        var merged = new LinkedHashMap<String, Erased>();
        for (var item : erased) {
            merged.merge(item.municipalityId() + ":" + item.kind(), item,
                    (a, b) -> new Erased(a.municipalityId(), a.kind(), a.count() + b.count()));
        }
        return List.copyOf(merged.values());
    }

    private static String truncated(String detail) {
        return detail.length() <= 200 ? detail : detail.substring(0, 199) + "…";
    }

    private static String describe(List<Erased> erased) {
        var counts = erased.stream().filter(e -> e.count() > 0).map(e -> e.kind() + "=" + e.count()).collect(Collectors.joining(", "));
        return counts.isEmpty() ? "nothing due" : counts;
    }
}
