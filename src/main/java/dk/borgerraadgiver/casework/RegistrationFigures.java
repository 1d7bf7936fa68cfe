package dk.borgerraadgiver.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;

/**
 * Counted registrations, grouped in the database, for the statistics module to lay out as tables.
 * A point is counted in the period its case was registered; points of cases marked "no real case
 * work" are not counted. Every query reads an index on (municipality, date) — see decision 006.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class RegistrationFigures {

    /** Counted points with the same quarter and classification. */
    public record PointGroup(LocalDate quarter, boolean main, PointKind kind, @Nullable Long categoryId,
                             @Nullable Long departmentId, @Nullable Handling handling, long count) {
    }

    /** Counted points of one municipality with the same kind, main/follow-up and handling. */
    public record MunicipalityGroup(long municipalityId, boolean main, PointKind kind, @Nullable Handling handling, long count) {
    }

    /** Cases registered in a quarter, with or without real case work. */
    public record CaseGroup(LocalDate quarter, boolean noRealCaseWork, long count) {
    }

    /** Forwards to a department in the period, and how many were answered by their deadline. */
    public record ForwardGroup(long departmentId, long forwarded, long answeredInTime) {
    }

    /** Other work of one kind in the period. */
    public record ActivityGroup(ActivityKind kind, long count, long minutes) {
    }

    private static final String QUARTER = "MAKEDATE(YEAR(%1$s), 1) + INTERVAL (QUARTER(%1$s) - 1) QUARTER";

    private final JdbcTemplate jdbc;
    private final StaffScope scope;

    RegistrationFigures(JdbcTemplate jdbc, StaffScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The day of the earliest registration in these municipalities, if any, so every year with figures can be chosen. */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> firstRegistration(Collection<Long> municipalityIds) {
        scope.requireServesAll(municipalityIds);
        if (municipalityIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        var marks = String.join(",", java.util.Collections.nCopies(municipalityIds.size(), "?"));
        return java.util.Optional.ofNullable(jdbc.queryForObject("select min(registered_on) from case_file where municipality_id in ("
                + marks + ")", LocalDate.class, municipalityIds.toArray()));
    }

    @Transactional(readOnly = true)
    public List<PointGroup> points(long municipalityId, LocalDate from, LocalDate to) {
        return points(List.of(municipalityId), from, to);
    }

    /** Counted points of several municipalities together (a network comparing itself on one shared scheme). */
    @Transactional(readOnly = true)
    public List<PointGroup> points(Collection<Long> municipalityIds, LocalDate from, LocalDate to) {
        scope.requireServesAll(municipalityIds);
        var args = new ArrayList<Object>(municipalityIds);
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        return jdbc.query("select " + QUARTER.formatted("registered_on") + " as quarter, main, kind, category_id, department_id, "
                        + "handling, count(*) as n from complaint_point "
                        + "where municipality_id in (" + placeholders(municipalityIds) + ") and registered_on between ? and ? and counted "
                        + "group by quarter, main, kind, category_id, department_id, handling",
                (rs, i) -> new PointGroup(rs.getDate("quarter").toLocalDate(), rs.getBoolean("main"),
                        PointKind.valueOf(rs.getString("kind")), nullableLong(rs.getObject("category_id")),
                        nullableLong(rs.getObject("department_id")),
                        rs.getString("handling") == null ? null : Handling.valueOf(rs.getString("handling")), rs.getLong("n")),
                args.toArray());
    }

    /**
     * The counts a comparison of several municipalities needs. Whole quarters come from the roll-up
     * {@code point_quarter_count} (kept by triggers, decision 008); days before the first and after
     * the last whole quarter of the period come from the points themselves.
     */
    @Transactional(readOnly = true)
    public List<MunicipalityGroup> perMunicipality(Collection<Long> municipalityIds, LocalDate from, LocalDate to) {
        scope.requireServesAll(municipalityIds);
        var firstWholeQuarter = quarterStart(from).equals(from) ? from : quarterStart(from).plusMonths(3);
        var afterLastWholeQuarter = quarterStart(to.plusDays(1));
        if (!firstWholeQuarter.isBefore(afterLastWholeQuarter)) {
            return perMunicipalityFromPoints(municipalityIds, from, to);
        }
        var groups = new ArrayList<MunicipalityGroup>();
        if (from.isBefore(firstWholeQuarter)) {
            groups.addAll(perMunicipalityFromPoints(municipalityIds, from, firstWholeQuarter.minusDays(1)));
        }
        var args = new ArrayList<Object>(municipalityIds);
        args.add(Date.valueOf(firstWholeQuarter));
        args.add(Date.valueOf(afterLastWholeQuarter));
        groups.addAll(jdbc.query("select municipality_id, main, kind, handling, sum(points) as n from point_quarter_count "
                        + "where municipality_id in (" + placeholders(municipalityIds) + ") and quarter >= ? and quarter < ? "
                        + "group by municipality_id, main, kind, handling having n > 0",
                RegistrationFigures::municipalityGroup, args.toArray()));
        if (afterLastWholeQuarter.isBefore(to.plusDays(1))) {
            groups.addAll(perMunicipalityFromPoints(municipalityIds, afterLastWholeQuarter, to));
        }
        return groups;
    }

    private List<MunicipalityGroup> perMunicipalityFromPoints(Collection<Long> municipalityIds, LocalDate from, LocalDate to) {
        var args = new ArrayList<Object>(municipalityIds);
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        return jdbc.query("select municipality_id, main, kind, handling, count(*) as n from complaint_point "
                        + "where municipality_id in (" + placeholders(municipalityIds) + ") and registered_on between ? and ? and counted "
                        + "group by municipality_id, main, kind, handling",
                RegistrationFigures::municipalityGroup, args.toArray());
    }

    /** A row of either source; the roll-up writes "no handling" as an empty string. */
    private static MunicipalityGroup municipalityGroup(ResultSet rs, int row) throws SQLException {
        var handling = rs.getString("handling");
        return new MunicipalityGroup(rs.getLong("municipality_id"), rs.getBoolean("main"), PointKind.valueOf(rs.getString("kind")),
                handling == null || handling.isEmpty() ? null : Handling.valueOf(handling), rs.getLong("n"));
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    @Transactional(readOnly = true)
    public List<CaseGroup> cases(long municipalityId, LocalDate from, LocalDate to) {
        scope.requireServes(municipalityId);
        return jdbc.query("select " + QUARTER.formatted("registered_on") + " as quarter, no_real_case_work, count(*) as n "
                        + "from case_file where municipality_id = ? and registered_on between ? and ? "
                        + "group by quarter, no_real_case_work",
                (rs, i) -> new CaseGroup(rs.getDate("quarter").toLocalDate(), rs.getBoolean("no_real_case_work"), rs.getLong("n")),
                municipalityId, Date.valueOf(from), Date.valueOf(to));
    }

    /** Citizens (by pseudonymous key) with at least one counted point in the period. */
    @Transactional(readOnly = true)
    public long uniqueCitizens(long municipalityId, LocalDate from, LocalDate to) {
        return uniqueCitizens(List.of(municipalityId), from, to);
    }

    @Transactional(readOnly = true)
    public long uniqueCitizens(Collection<Long> municipalityIds, LocalDate from, LocalDate to) {
        scope.requireServesAll(municipalityIds);
        var args = new ArrayList<Object>(municipalityIds);
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        Long n = jdbc.queryForObject("select count(distinct citizen_key) " + countedPoints(municipalityIds), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** Unique citizens of each municipality in the period, in one query (a comparison of many). */
    @Transactional(readOnly = true)
    public Map<Long, Long> uniqueCitizensPerMunicipality(Collection<Long> municipalityIds, LocalDate from, LocalDate to) {
        scope.requireServesAll(municipalityIds);
        var args = new ArrayList<Object>(municipalityIds);
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        var citizens = new HashMap<Long, Long>();
        jdbc.query("select municipality_id, count(distinct citizen_key) " + countedPoints(municipalityIds) + " group by municipality_id",
                rs -> {
                    citizens.put(rs.getLong(1), rs.getLong(2));
                }, args.toArray());
        return citizens;
    }

    /** Counted points of the municipalities between two dates; each carries its case's citizen key (V10). */
    private static String countedPoints(Collection<Long> municipalityIds) {
        return "from complaint_point where municipality_id in (" + placeholders(municipalityIds) + ") "
                + "and registered_on between ? and ? and counted";
    }

    private static String placeholders(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("At least one municipality");
        }
        return values.stream().map(v -> "?").collect(Collectors.joining(","));
    }

    @Transactional(readOnly = true)
    /**
     * Forwards of complaints with real case work — a case with a counted complaint point that is not
     * marked "no real case work" — by department; what the table's title says it counts.
     */
    public List<ForwardGroup> forwards(long municipalityId, LocalDate from, LocalDate to) {
        scope.requireServes(municipalityId);
        return jdbc.query("select department_id, count(*) as n, "
                        + "sum(case when answered_on is not null and answered_on <= answer_deadline then 1 else 0 end) as in_time "
                        + "from case_forward f join case_file c on c.id = f.case_id "
                        + "where f.municipality_id = ? and f.forwarded_on between ? and ? and not c.no_real_case_work "
                        + "and exists (select 1 from complaint_point p where p.case_id = f.case_id and p.counted and p.kind = 'COMPLAINT') "
                        + "group by department_id",
                (rs, i) -> new ForwardGroup(rs.getLong("department_id"), rs.getLong("n"), rs.getLong("in_time")),
                municipalityId, Date.valueOf(from), Date.valueOf(to));
    }

    @Transactional(readOnly = true)
    public List<ActivityGroup> activities(long municipalityId, LocalDate from, LocalDate to) {
        scope.requireServes(municipalityId);
        return jdbc.query("select kind, count(*) as n, sum(minutes) as m from advisor_activity "
                        + "where municipality_id = ? and done_on between ? and ? group by kind",
                (rs, i) -> new ActivityGroup(ActivityKind.valueOf(rs.getString("kind")), rs.getLong("n"), rs.getLong("m")),
                municipalityId, Date.valueOf(from), Date.valueOf(to));
    }

    /** The cases behind one figure, newest first (at most 500). */
    @Transactional(readOnly = true)
    public List<Long> caseIds(FigureFilter filter) {
        scope.requireServes(filter.municipalityId());
        var args = new ArrayList<Object>();
        args.add(filter.municipalityId());
        args.add(Date.valueOf(filter.from()));
        args.add(Date.valueOf(filter.to()));
        if (filter.casesWithoutCaseWork() != null) {
            args.add(filter.casesWithoutCaseWork());
            return jdbc.queryForList("select id from case_file where municipality_id = ? and registered_on between ? and ? "
                    + "and no_real_case_work = ? order by registered_at desc limit 500", Long.class, args.toArray());
        }
        var sql = new StringBuilder("select distinct p.case_id, c.registered_at from complaint_point p join case_file c on c.id = p.case_id "
                + "where p.municipality_id = ? and p.registered_on between ? and ? and p.counted");
        if (filter.kind() != null) {
            sql.append(" and p.kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.complaintsOnly()) {
            sql.append(" and p.kind = 'COMPLAINT'");
        }
        if (filter.otherInquiriesOnly()) {
            sql.append(" and p.kind <> 'COMPLAINT'");
        }
        if (filter.main() != null) {
            sql.append(" and p.main = ?");
            args.add(filter.main());
        }
        if (!filter.handlings().isEmpty()) {
            sql.append(" and p.handling in (").append(filter.handlings().stream().map(h -> "?").collect(Collectors.joining(",")))
                    .append(')');
            filter.handlings().forEach(h -> args.add(h.name()));
        }
        in(sql, args, "p.category_id", filter.categoryIds());
        in(sql, args, "p.department_id", filter.departmentIds());
        sql.append(" order by c.registered_at desc limit 500");
        return jdbc.query(sql.toString(), (rs, i) -> rs.getLong(1), args.toArray());
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (ids.contains(FigureFilter.NONE)) {
            var others = ids.stream().filter(id -> id != FigureFilter.NONE).collect(Collectors.toSet());
            sql.append(" and (").append(column).append(" is null");
            if (!others.isEmpty()) {
                sql.append(" or ").append(column).append(" in (")
                        .append(others.stream().map(id -> "?").collect(Collectors.joining(","))).append(')');
                args.addAll(others);
            }
            sql.append(')');
            return;
        }
        sql.append(" and ").append(column).append(" in (").append(ids.stream().map(id -> "?").collect(Collectors.joining(",")))
                .append(')');
        args.addAll(ids);
    }

    private static @Nullable Long nullableLong(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
