package dk.borgerraadgiver.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dk.borgerraadgiver.booking.AdvisorAgenda;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.booking.DropInRegister;
import dk.borgerraadgiver.casework.ActivityKind;
import dk.borgerraadgiver.casework.AuditAction;
import dk.borgerraadgiver.casework.CaseAudit;
import dk.borgerraadgiver.casework.CaseInbox;
import dk.borgerraadgiver.casework.CaseSummary;
import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.RegistrationFigures;
import dk.borgerraadgiver.casework.RegistrationFigures.PointGroup;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.statistics.ReportTable.Cell;
import dk.borgerraadgiver.statistics.ReportTable.ChartKind;
import dk.borgerraadgiver.statistics.ReportTable.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lays out the tables the seed reports print (Stevns 3.1–3.4, Sorø 2.3–2.5, Ringsted's top 10,
 * Ballerup's shares, forwards answered in time, other work) from the counted registrations. Every
 * figure that counts registrations carries the filter that finds the cases behind it.
 */
@Service
@PreAuthorize("hasAnyRole('ADVISOR', 'ADMIN')")
public class StatisticsReports {

    private static final long NONE = FigureFilter.NONE;

    private final RegistrationFigures figures;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final CaseInbox inbox;
    private final CaseAudit audit;
    private final ReportTexts texts;
    private final AdvisorAgenda agenda;
    private final DropInRegister dropIns;
    private final MessageSource messages;

    StatisticsReports(RegistrationFigures figures, ClassificationSchemes schemes, MunicipalityDirectory municipalities,
                      CaseInbox inbox, CaseAudit audit, ReportTexts texts, AdvisorAgenda agenda, DropInRegister dropIns,
                      MessageSource messages) {
        this.agenda = agenda;
        this.dropIns = dropIns;
        this.figures = figures;
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.inbox = inbox;
        this.audit = audit;
        this.texts = texts;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Report report(long municipalityId, ReportPeriod period, DepartmentLevel level, Locale locale) {
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var context = new Context(municipalityId, period, level, locale);
        var points = figures.points(municipalityId, period.from(), period.to());
        var tables = new ArrayList<ReportTable>();
        tables.add(inquiriesPerQuarter(context));
        tables.add(summary(context, points, points.isEmpty() ? 0
                : figures.uniqueCitizens(municipalityId, period.from(), period.to())));
        tables.add(quarterByDepartment(context, points));
        tables.add(groupByDepartment(context, points));
        tables.addAll(leavesByDepartment(context, points));
        tables.add(complaintsPerGroup(context, points));
        tables.add(complaintHandling(context, points));
        tables.add(dialogueSplit(context, points));
        tables.add(otherHandling(context, points));
        tables.add(topTen(context, points));
        tables.add(sharePerDepartment(context, points));
        tables.add(forwardsInTime(context));
        tables.add(otherWork(context));
        tables.add(meetings(context));
        tables.add(dropIn(context));
        var words = texts.find(municipalityId, period);
        return new Report(municipalityId, municipality.name(), period, periodLabel(period, locale), List.copyOf(tables),
                words.intro(), words.recommendations(), locale);
    }

    /** Sorø 2.3 for several municipalities side by side, one column each, from one grouped query. */
    @Transactional(readOnly = true)
    public ReportTable comparison(List<Long> municipalityIds, ReportPeriod period, Locale locale) {
        var groups = figures.perMunicipality(municipalityIds, period.from(), period.to());
        var citizens = figures.uniqueCitizensPerMunicipality(municipalityIds, period.from(), period.to());
        var columns = new ArrayList<String>();
        var perMunicipality = new ArrayList<List<Cell>>();
        for (long id : municipalityIds) {
            columns.add(municipalities.findById(id).orElseThrow().name());
            var points = groups.stream().filter(g -> g.municipalityId() == id)
                    .map(g -> new PointGroup(period.from(), g.main(), g.kind(), null, null, g.handling(), g.count())).toList();
            perMunicipality.add(summary(new Context(id, period, DepartmentLevel.CENTER, locale), points,
                    citizens.getOrDefault(id, 0L)).rows().stream()
                    .map(r -> r.cells().getFirst()).toList());
        }
        var template = summary(new Context(municipalityIds.getFirst(), period, DepartmentLevel.CENTER, locale), List.of(), 0);
        var rows = new ArrayList<Row>();
        for (int r = 0; r < template.rows().size(); r++) {
            int row = r;
            rows.add(new Row(template.rows().get(r).label(), perMunicipality.stream().map(cells -> cells.get(row)).toList(),
                    template.rows().get(r).total()));
        }
        return new ReportTable("comparison", text("stats.table.comparison", locale), template.rule(), columns,
                columns.stream().map(c -> false).toList(), rows, ChartKind.NONE);
    }

    /** The cases behind one figure; opening the list is audit-logged for each case in it. */
    @Transactional
    public List<CaseSummary> casesBehind(FigureFilter filter, String figure) {
        var ids = figures.caseIds(filter);
        audit.recordCaseList(filter.municipalityId(), ids, figure.length() > 150 ? figure.substring(0, 150) : figure);
        return inbox.summaries(ids);
    }

    public String periodLabel(ReportPeriod period, Locale locale) {
        var format = DateTimeFormatter.ofPattern("d. MMMM yyyy", locale);
        return format.format(period.from()) + " – " + format.format(period.to());
    }

    /** What every table of one report shares; the scheme and the departments are read once per report. */
    private record Context(long municipalityId, ReportPeriod period, DepartmentLevel level, Locale locale,
                           Trees trees) {

        Context(long municipalityId, ReportPeriod period, DepartmentLevel level, Locale locale) {
            this(municipalityId, period, level, locale, new Trees());
        }

        FigureFilter points() {
            return FigureFilter.points(municipalityId, period.from(), period.to());
        }
    }

    // ------------------------------------------------------------------ the tables

    private ReportTable inquiriesPerQuarter(Context c) {
        var groups = figures.cases(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        long all = 0;
        long without = 0;
        for (var quarter : c.period().quarters()) {
            var key = ReportPeriod.quarterOf(quarter.from());
            long none = groups.stream().filter(g -> g.quarter().equals(key) && g.noRealCaseWork()).mapToLong(g -> g.count()).sum();
            long with = groups.stream().filter(g -> g.quarter().equals(key) && !g.noRealCaseWork()).mapToLong(g -> g.count()).sum();
            var filter = c.points().period(quarter.from(), quarter.to());
            rows.add(new Row(quarterLabel(quarter, c.locale()), List.of(new Cell(none + with, null),
                    new Cell(none, filter.cases(true)), new Cell(with, filter.cases(false))), false));
            all += none + with;
            without += none;
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(all, null),
                new Cell(without, c.points().cases(true)), new Cell(all - without, c.points().cases(false))), true));
        return table("inquiries-per-quarter", c, "stats.rule.cases",
                List.of(text("stats.col.inquiries", c.locale()), text("stats.col.withoutCaseWork", c.locale()),
                        text("stats.col.withCaseWork", c.locale())), List.of(false, false, false), rows, ChartKind.BAR);
    }

    private ReportTable summary(Context c, List<PointGroup> points, long citizens) {
        Predicate<PointGroup> complaint = g -> g.kind() == PointKind.COMPLAINT;
        Predicate<PointGroup> other = complaint.negate();
        long complaintsMain = sum(points, complaint.and(PointGroup::main));
        long complaintsFollow = sum(points, complaint.and(g -> !g.main()));
        long otherMain = sum(points, other.and(PointGroup::main));
        long otherFollow = sum(points, other.and(g -> !g.main()));
        var f = c.points();
        var rows = List.of(
                row(c, "stats.row.complaintsMain", complaintsMain, f.complaints().main(true)),
                row(c, "stats.row.complaintsFollowUp", complaintsFollow, f.complaints().main(false)),
                new Row(text("stats.row.complaintsTotal", c.locale()), List.of(new Cell(complaintsMain + complaintsFollow, f.complaints())), true),
                row(c, "stats.row.otherMain", otherMain, f.otherInquiries().main(true)),
                row(c, "stats.row.otherFollowUp", otherFollow, f.otherInquiries().main(false)),
                new Row(text("stats.row.otherTotal", c.locale()), List.of(new Cell(otherMain + otherFollow, f.otherInquiries())), true),
                new Row(text("stats.row.allPoints", c.locale()), List.of(new Cell(complaintsMain + complaintsFollow + otherMain + otherFollow, f)), true),
                new Row(text("stats.row.uniqueCitizens", c.locale()), List.of(new Cell(citizens, null)), false));
        return table("summary", c, "stats.rule.points", List.of(text("stats.col.count", c.locale())), List.of(false),
                rows, ChartKind.NONE);
    }

    private ReportTable quarterByDepartment(Context c, List<PointGroup> points) {
        var columns = departmentColumns(c, points);
        var rows = new ArrayList<Row>();
        for (var quarter : c.period().quarters()) {
            var key = ReportPeriod.quarterOf(quarter.from());
            rows.add(departmentRow(c, quarterLabel(quarter, c.locale()), columns,
                    points.stream().filter(g -> g.quarter().equals(key)).toList(), c.points().period(quarter.from(), quarter.to())));
        }
        rows.add(total(departmentRow(c, text("stats.total", c.locale()), columns, points, c.points())));
        return departmentTable("quarter-by-department", c, columns, rows, ChartKind.NONE);
    }

    private ReportTable groupByDepartment(Context c, List<PointGroup> points) {
        var categories = categories(c);
        var columns = departmentColumns(c, points);
        var rows = new ArrayList<Row>();
        for (var group : categories.values().stream().filter(n -> n.parentId() == null).toList()) {
            var members = descendantsAndSelf(categories, group.id());
            rows.add(departmentRow(c, group.name(c.locale()), columns,
                    points.stream().filter(g -> g.categoryId() != null && members.contains(g.categoryId())).toList(),
                    c.points().categories(members)));
        }
        var uncategorised = points.stream().filter(g -> g.categoryId() == null).toList();
        if (!uncategorised.isEmpty()) {
            rows.add(departmentRow(c, text("stats.noCategory", c.locale()), columns, uncategorised, c.points().categories(Set.of(NONE))));
        }
        rows.add(total(departmentRow(c, text("stats.total", c.locale()), columns, points, c.points())));
        return departmentTable("category-by-department", c, columns, rows, ChartKind.NONE);
    }

    /** One table per group that has sub-categories and was used (Stevns 3.4: category 4). */
    private List<ReportTable> leavesByDepartment(Context c, List<PointGroup> points) {
        var categories = categories(c);
        var columns = departmentColumns(c, points);
        var tables = new ArrayList<ReportTable>();
        for (var group : categories.values().stream().filter(n -> n.parentId() == null && !n.leaf()).toList()) {
            var leaves = categories.values().stream().filter(n -> Long.valueOf(group.id()).equals(n.parentId())).toList();
            var leafIds = leaves.stream().map(CategoryNode::id).toList();
            var inGroup = points.stream().filter(g -> g.categoryId() != null && leafIds.contains(g.categoryId())).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            var rows = new ArrayList<Row>();
            for (var leaf : leaves) {
                rows.add(departmentRow(c, leaf.name(c.locale()), columns,
                        inGroup.stream().filter(g -> g.categoryId() == leaf.id()).toList(), c.points().categories(Set.of(leaf.id()))));
            }
            rows.add(total(departmentRow(c, text("stats.total", c.locale()), columns, inGroup, c.points().categories(Set.copyOf(leafIds)))));
            tables.add(departmentTable("leaves-" + group.code(), text("stats.table.leaves", c.locale(), group.name(c.locale())),
                    c, columns, rows, ChartKind.NONE));
        }
        return tables;
    }

    private ReportTable complaintsPerGroup(Context c, List<PointGroup> points) {
        var categories = categories(c);
        var complaints = points.stream().filter(g -> g.kind() == PointKind.COMPLAINT).toList();
        var rows = new ArrayList<Row>();
        for (var group : categories.values().stream().filter(n -> n.parentId() == null).toList()) {
            var members = descendantsAndSelf(categories, group.id());
            long n = sum(complaints, g -> g.categoryId() != null && members.contains(g.categoryId()));
            if (n > 0 || !group.retired()) {
                rows.add(row(c, group.name(c.locale()), n, c.points().complaints().categories(members), false));
            }
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(sum(complaints, g -> true), c.points().complaints())), true));
        return table("complaints-per-group", c, "stats.rule.complaints", List.of(text("stats.col.complaintPoints", c.locale())),
                List.of(false), rows, ChartKind.BAR);
    }

    /** Sorø 2.5: dialogue-based help (forwarded or informal), a meeting, an investigation, or rejected. */
    private ReportTable complaintHandling(Context c, List<PointGroup> points) {
        var complaints = points.stream().filter(g -> g.kind() == PointKind.COMPLAINT).toList();
        var counts = new LinkedHashMap<String, Long>();
        var filters = new LinkedHashMap<String, FigureFilter>();
        var groups = new LinkedHashMap<String, Handling[]>();
        groups.put("stats.handling.dialogue", new Handling[]{Handling.DIALOGUE_FORWARDED, Handling.DIALOGUE_INFORMAL});
        groups.put("case.handling.MEETING", new Handling[]{Handling.MEETING});
        groups.put("case.handling.INVESTIGATION", new Handling[]{Handling.INVESTIGATION});
        groups.put("case.handling.REJECTED", new Handling[]{Handling.REJECTED});
        for (var group : groups.entrySet()) {
            var label = text(group.getKey(), c.locale());
            var members = Set.of(group.getValue());
            counts.put(label, sum(complaints, g -> g.handling() != null && members.contains(g.handling())));
            filters.put(label, c.points().complaints().handling(group.getValue()));
        }
        long unknown = sum(complaints, g -> g.handling() == null);
        if (unknown > 0) {
            var label = text("stats.handling.none", c.locale());
            counts.put(label, unknown);
            filters.put(label, c.points().complaints());
        }
        return shareTable("complaint-handling", c, "stats.rule.complaintShares", counts, filters, sum(complaints, g -> true));
    }

    /** Ringsted: of the dialogue-based help, how much was forwarded in writing and how much solved informally. */
    private ReportTable dialogueSplit(Context c, List<PointGroup> points) {
        var complaints = points.stream().filter(g -> g.kind() == PointKind.COMPLAINT).toList();
        var rows = new ArrayList<Row>();
        for (var handling : List.of(Handling.DIALOGUE_INFORMAL, Handling.DIALOGUE_FORWARDED, Handling.MEETING)) {
            rows.add(row(c, text("case.handling." + handling.name(), c.locale()), sum(complaints, g -> g.handling() == handling),
                    c.points().complaints().handling(handling), false));
        }
        return table("dialogue-split", c, "stats.rule.complaints", List.of(text("stats.col.complaintPoints", c.locale())),
                List.of(false), rows, ChartKind.NONE);
    }

    private ReportTable otherHandling(Context c, List<PointGroup> points) {
        var counts = new LinkedHashMap<String, Long>();
        var filters = new LinkedHashMap<String, FigureFilter>();
        long total = 0;
        for (var kind : PointKind.values()) {
            if (kind == PointKind.COMPLAINT) {
                continue;
            }
            long n = sum(points, g -> g.kind() == kind);
            counts.put(text("case.kind." + kind.name(), c.locale()), n);
            filters.put(text("case.kind." + kind.name(), c.locale()), c.points().kind(kind));
            total += n;
        }
        return shareTable("other-handling", c, "stats.rule.otherShares", counts, filters, total);
    }

    private ReportTable topTen(Context c, List<PointGroup> points) {
        var categories = categories(c);
        var perLeaf = new HashMap<Long, Long>();
        points.stream().filter(g -> g.kind() == PointKind.COMPLAINT && g.categoryId() != null)
                .forEach(g -> perLeaf.merge(g.categoryId(), g.count(), Long::sum));
        var rows = new ArrayList<Row>();
        perLeaf.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .forEach(e -> rows.add(row(c, label(categories, e.getKey(), c.locale()), e.getValue(),
                        c.points().complaints().categories(Set.of(e.getKey())), false)));
        return table("top-ten", c, "stats.rule.complaints", List.of(text("stats.col.complaintPoints", c.locale())),
                List.of(false), rows, ChartKind.BAR);
    }

    private ReportTable sharePerDepartment(Context c, List<PointGroup> points) {
        var columns = departmentColumns(c, points);
        var counts = new LinkedHashMap<String, Long>();
        var filters = new LinkedHashMap<String, FigureFilter>();
        for (var column : columns) {
            counts.put(column.label(), sum(points, g -> column.members().contains(key(g.departmentId()))));
            filters.put(column.label(), c.points().departments(column.members()));
        }
        long total = sum(points, g -> true);
        var table = shareTable("share-per-department", c, "stats.rule.departmentShares", counts, filters, total);
        return new ReportTable(table.id(), text("stats.table.share-per-department." + c.level().name(), c.locale()), table.rule(),
                table.columns(), table.percentColumns(), table.rows(), ChartKind.BAR);
    }

    private ReportTable forwardsInTime(Context c) {
        var departments = departments(c);
        var groups = figures.forwards(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        long all = 0;
        long inTime = 0;
        for (var group : groups.stream().sorted(Comparator.comparing(g -> departmentLabel(departments, g.departmentId()))).toList()) {
            rows.add(new Row(departmentLabel(departments, group.departmentId()), List.of(new Cell(group.forwarded(), null),
                    new Cell(group.answeredInTime(), null), new Cell(percent(group.answeredInTime(), group.forwarded()), null)), false));
            all += group.forwarded();
            inTime += group.answeredInTime();
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(all, null), new Cell(inTime, null),
                new Cell(percent(inTime, all), null)), true));
        return table("forwards-in-time", c, "stats.rule.forwards", List.of(text("stats.col.forwarded", c.locale()),
                text("stats.col.answeredInTime", c.locale()), text("stats.col.percent", c.locale())), List.of(false, false, true),
                rows, ChartKind.NONE);
    }

    private ReportTable otherWork(Context c) {
        var groups = figures.activities(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        for (var kind : ActivityKind.values()) {
            var group = groups.stream().filter(g -> g.kind() == kind).findFirst();
            rows.add(new Row(text("activity.kind." + kind.name(), c.locale()), List.of(new Cell(group.map(g -> g.count()).orElse(0L), null),
                    new Cell(Math.round(group.map(g -> g.minutes()).orElse(0L) / 6.0) / 10.0, null)), false));
        }
        return table("other-work", c, "stats.rule.otherWork", List.of(text("stats.col.count", c.locale()),
                text("stats.col.hours", c.locale())), List.of(false, false), rows, ChartKind.NONE);
    }

    /** Booked meetings in the period by outcome (Ballerup: meetings attended). */
    private ReportTable meetings(Context c) {
        var bookings = agenda.agenda(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        for (var status : List.of(BookingStatus.ATTENDED, BookingStatus.NO_SHOW, BookingStatus.CONFIRMED, BookingStatus.CANCELLED)) {
            rows.add(new Row(text("stats.booking." + status.name(), c.locale()),
                    List.of(new Cell(bookings.stream().filter(b -> b.status() == status).count(), null)), false));
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(bookings.size(), null)), true));
        return table("meetings", c, "stats.rule.meetings", List.of(text("stats.col.count", c.locale())), List.of(false), rows,
                ChartKind.NONE);
    }

    /** Library drop-in: visitors per session day, so a council can see whether the hours are used. */
    private ReportTable dropIn(Context c) {
        var rows = new ArrayList<Row>();
        long total = 0;
        for (var type : dropIns.dropInTypes(c.municipalityId())) {
            for (var session : dropIns.countsPerDay(type.id(), c.period().from(), c.period().to())) {
                rows.add(new Row(("en".equals(c.locale().getLanguage()) ? type.nameEnglish() : type.nameDanish()) + ", " + DateTimeFormatter.ofPattern("d. MMM yyyy", c.locale()).format(session.day()),
                        List.of(new Cell(session.visits(), null)), false));
                total += session.visits();
            }
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(total, null)), true));
        return table("drop-in", c, "stats.rule.dropIn", List.of(text("stats.col.visits", c.locale())), List.of(false), rows,
                ChartKind.NONE);
    }

    // ------------------------------------------------------------------ helpers

    /** A column of the department tables: the departments at the chosen level, with all below them. */
    private record DepartmentColumn(String label, Set<Long> members) {
    }

    private List<DepartmentColumn> departmentColumns(Context c, List<PointGroup> points) {
        var departments = departments(c);
        var columns = new ArrayList<DepartmentColumn>();
        var placed = new HashSet<Long>();
        for (var node : departments.values()) {
            boolean otherAuthorityRoot = node.level() == DepartmentLevel.OTHER_AUTHORITY && node.parentId() == null;
            if ((node.level() == c.level() && node.level() != DepartmentLevel.OTHER_AUTHORITY) || otherAuthorityRoot) {
                var members = descendantsAndSelfDepartments(departments, node.id());
                placed.addAll(members);
                columns.add(new DepartmentColumn(shortName(node), members));
            }
        }
        // a branch without departments at the chosen level is shown at its nearest level above
        var above = List.of(DepartmentLevel.UNIT, DepartmentLevel.CENTER, DepartmentLevel.DIRECTORATE);
        for (var level : above.subList(above.indexOf(c.level()) + 1, above.size())) {
            for (var node : departments.values()) {
                var members = descendantsAndSelfDepartments(departments, node.id());
                if (node.level() == level && members.stream().noneMatch(placed::contains)) {
                    placed.addAll(members);
                    columns.add(new DepartmentColumn(shortName(node), members));
                }
            }
        }
        var rest = new HashSet<Long>();
        departments.keySet().stream().filter(id -> !placed.contains(id)).forEach(rest::add);
        rest.add(NONE);
        if (points.stream().anyMatch(g -> rest.contains(key(g.departmentId())))) {
            columns.add(new DepartmentColumn(text("stats.otherDepartment", c.locale()), rest));
        }
        return columns;
    }

    private Row departmentRow(Context c, String label, List<DepartmentColumn> columns, List<PointGroup> points, FigureFilter filter) {
        var cells = new ArrayList<Cell>();
        cells.add(new Cell(sum(points, g -> true), filter));
        for (var column : columns) {
            cells.add(new Cell(sum(points, g -> column.members().contains(key(g.departmentId()))), filter.departments(column.members())));
        }
        return new Row(label, cells, false);
    }

    private ReportTable departmentTable(String id, Context c, List<DepartmentColumn> columns, List<Row> rows, ChartKind chart) {
        return departmentTable(id, text("stats.table." + id, c.locale()), c, columns, rows, chart);
    }

    private ReportTable departmentTable(String id, String title, Context c, List<DepartmentColumn> columns, List<Row> rows,
                                        ChartKind chart) {
        var headers = new ArrayList<String>();
        headers.add(text("stats.total", c.locale()));
        columns.forEach(column -> headers.add(column.label()));
        return new ReportTable(id, title, text("stats.rule.points", c.locale()), List.copyOf(headers),
                headers.stream().map(h -> false).toList(), List.copyOf(rows), chart);
    }

    private ReportTable shareTable(String id, Context c, String rule, Map<String, Long> counts, Map<String, FigureFilter> filters,
                                   long total) {
        var labels = List.copyOf(counts.keySet());
        var shares = Shares.of(labels.stream().map(counts::get).toList());
        var rows = new ArrayList<Row>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), List.of(new Cell(counts.get(labels.get(i)), filters.get(labels.get(i))),
                    new Cell(shares.get(i), null)), false));
        }
        rows.add(new Row(text("stats.total", c.locale()), List.of(new Cell(total, null), new Cell(total == 0 ? 0 : 100, null)), true));
        return table(id, c, rule, List.of(text("stats.col.count", c.locale()), text("stats.col.percent", c.locale())),
                List.of(false, true), rows, ChartKind.PIE);
    }

    private ReportTable table(String id, Context c, String ruleKey, List<String> columns, List<Boolean> percent, List<Row> rows,
                              ChartKind chart) {
        return new ReportTable(id, text("stats.table." + id, c.locale()), text(ruleKey, c.locale()), List.copyOf(columns),
                List.copyOf(percent), List.copyOf(rows), chart);
    }

    private Row row(Context c, String key, long count, FigureFilter filter) {
        return row(c, text(key, c.locale()), count, filter, false);
    }

    private Row row(Context c, String label, long count, FigureFilter filter, boolean total) {
        return new Row(label, List.of(new Cell(count, filter)), total);
    }

    private static Row total(Row row) {
        return new Row(row.label(), row.cells(), true);
    }

    private static long sum(List<PointGroup> points, Predicate<PointGroup> which) {
        return points.stream().filter(which).mapToLong(PointGroup::count).sum();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    private static long key(@Nullable Long id) {
        return id == null ? NONE : id;
    }

    /** The municipality's scheme and departments by id, once read. */
    private static final class Trees {
        private @Nullable Map<Long, CategoryNode> categories;
        private @Nullable Map<Long, DepartmentNode> departments;
    }

    private Map<Long, CategoryNode> categories(Context c) {
        var trees = c.trees();
        if (trees.categories == null) {
            var map = new LinkedHashMap<Long, CategoryNode>();
            schemes.categories(c.municipalityId()).forEach(n -> map.put(n.id(), n));
            trees.categories = map;
        }
        return trees.categories;
    }

    private Map<Long, DepartmentNode> departments(Context c) {
        var trees = c.trees();
        if (trees.departments == null) {
            var map = new LinkedHashMap<Long, DepartmentNode>();
            municipalities.departments(c.municipalityId()).forEach(n -> map.put(n.id(), n));
            trees.departments = map;
        }
        return trees.departments;
    }

    private static Set<Long> descendantsAndSelf(Map<Long, CategoryNode> nodes, long id) {
        return closure(id, parent -> nodes.values().stream().filter(n -> Long.valueOf(parent).equals(n.parentId()))
                .map(CategoryNode::id).toList());
    }

    private static Set<Long> descendantsAndSelfDepartments(Map<Long, DepartmentNode> nodes, long id) {
        return closure(id, parent -> nodes.values().stream().filter(n -> Long.valueOf(parent).equals(n.parentId()))
                .map(DepartmentNode::id).toList());
    }

    private static Set<Long> closure(long id, Function<Long, List<Long>> children) {
        var result = new HashSet<Long>();
        var todo = new ArrayList<Long>(List.of(id));
        while (!todo.isEmpty()) {
            var next = todo.removeLast();
            if (result.add(next)) {
                todo.addAll(children.apply(next));
            }
        }
        return result;
    }

    private static String label(Map<Long, CategoryNode> categories, long id, Locale locale) {
        var node = categories.get(id);
        if (node == null) {
            return "?";
        }
        var parent = node.parentId() == null ? null : categories.get(node.parentId());
        return parent == null ? node.name(locale) : parent.name(locale) + " › " + node.name(locale);
    }

    private static String departmentLabel(Map<Long, DepartmentNode> departments, long id) {
        var node = departments.get(id);
        return node == null ? "?" : node.name();
    }

    private static String shortName(DepartmentNode node) {
        return node.name();
    }

    private String quarterLabel(ReportPeriod quarter, Locale locale) {
        var start = ReportPeriod.quarterOf(quarter.from());
        var whole = quarter.from().equals(start) && quarter.to().equals(start.plusMonths(3).minusDays(1));
        var label = text("stats.quarter", locale, (start.getMonthValue() - 1) / 3 + 1, String.valueOf(start.getYear()));
        if (whole) {
            return label;
        }
        var format = DateTimeFormatter.ofPattern("d.M.", locale);
        return label + " (" + format.format(quarter.from()) + "–" + format.format(quarter.to()) + ")";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
