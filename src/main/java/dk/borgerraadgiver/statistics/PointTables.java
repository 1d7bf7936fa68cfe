package dk.borgerraadgiver.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.RegistrationFigures;
import dk.borgerraadgiver.casework.RegistrationFigures.PointGroup;
import dk.borgerraadgiver.statistics.ReportTable.Cell;
import dk.borgerraadgiver.statistics.ReportTable.ChartKind;
import dk.borgerraadgiver.statistics.ReportTable.Row;
import org.springframework.stereotype.Component;

import static dk.borgerraadgiver.statistics.ReportLayout.asTotal;
import static dk.borgerraadgiver.statistics.ReportLayout.sum;

/**
 * The tables that count contacts and points: per quarter with and without real case work (Stevns 3.1),
 * per quarter and department (3.2), per category group and department (3.3), the sub-categories of
 * each group (3.4), the main/follow-up summary with unique citizens (Sorø 2.3) and complaints per
 * group (2.4).
 */
@Component
class PointTables {

    private final RegistrationFigures figures;
    private final ReportLayout layout;

    PointTables(RegistrationFigures figures, ReportLayout layout) {
        this.figures = figures;
        this.layout = layout;
    }

    ReportTable inquiriesPerQuarter(ReportContext c) {
        var groups = figures.cases(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        long all = 0;
        long without = 0;
        for (var quarter : c.period().quarters()) {
            var key = ReportPeriod.quarterOf(quarter.from());
            long none = groups.stream().filter(g -> g.quarter().equals(key) && g.noRealCaseWork()).mapToLong(g -> g.count()).sum();
            long with = groups.stream().filter(g -> g.quarter().equals(key) && !g.noRealCaseWork()).mapToLong(g -> g.count()).sum();
            var filter = c.points().period(quarter.from(), quarter.to());
            rows.add(new Row(layout.quarterLabel(quarter, c.locale()), List.of(new Cell(none + with, null),
                    new Cell(none, filter.cases(true)), new Cell(with, filter.cases(false))), false));
            all += none + with;
            without += none;
        }
        rows.add(new Row(layout.text("stats.total", c.locale()), List.of(new Cell(all, null),
                new Cell(without, c.points().cases(true)), new Cell(all - without, c.points().cases(false))), true));
        return layout.table("inquiries-per-quarter", c, "stats.rule.cases",
                List.of(layout.text("stats.col.inquiries", c.locale()), layout.text("stats.col.withoutCaseWork", c.locale()),
                        layout.text("stats.col.withCaseWork", c.locale())), List.of(false, false, false), rows, ChartKind.BAR);
    }

    ReportTable summary(ReportContext c, List<PointGroup> points, long citizens) {
        Predicate<PointGroup> complaint = g -> g.kind() == PointKind.COMPLAINT;
        Predicate<PointGroup> other = complaint.negate();
        long complaintsMain = sum(points, complaint.and(PointGroup::main));
        long complaintsFollow = sum(points, complaint.and(g -> !g.main()));
        long otherMain = sum(points, other.and(PointGroup::main));
        long otherFollow = sum(points, other.and(g -> !g.main()));
        var f = c.points();
        var rows = List.of(
                layout.row(c, "stats.row.complaintsMain", complaintsMain, f.complaints().main(true)),
                layout.row(c, "stats.row.complaintsFollowUp", complaintsFollow, f.complaints().main(false)),
                asTotal(layout.row(c, "stats.row.complaintsTotal", complaintsMain + complaintsFollow, f.complaints())),
                layout.row(c, "stats.row.otherMain", otherMain, f.otherInquiries().main(true)),
                layout.row(c, "stats.row.otherFollowUp", otherFollow, f.otherInquiries().main(false)),
                asTotal(layout.row(c, "stats.row.otherTotal", otherMain + otherFollow, f.otherInquiries())),
                asTotal(layout.row(c, "stats.row.allPoints", complaintsMain + complaintsFollow + otherMain + otherFollow, f)),
                layout.row(layout.text("stats.row.uniqueCitizens", c.locale()), citizens, null));
        return layout.counts("summary", c, "stats.rule.points", "stats.col.count", rows, ChartKind.NONE);
    }

    ReportTable quarterByDepartment(ReportContext c, List<PointGroup> points) {
        var columns = layout.departmentColumns(c, points);
        var rows = new ArrayList<Row>();
        for (var quarter : c.period().quarters()) {
            var key = ReportPeriod.quarterOf(quarter.from());
            rows.add(layout.departmentRow(layout.quarterLabel(quarter, c.locale()), columns,
                    points.stream().filter(g -> g.quarter().equals(key)).toList(), c.points().period(quarter.from(), quarter.to())));
        }
        rows.add(asTotal(layout.departmentRow(layout.text("stats.total", c.locale()), columns, points, c.points())));
        return layout.departmentTable("quarter-by-department", layout.text("stats.table.quarter-by-department", c.locale()),
                c, columns, rows);
    }

    ReportTable groupByDepartment(ReportContext c, List<PointGroup> points) {
        var categories = c.categories();
        var columns = layout.departmentColumns(c, points);
        var rows = new ArrayList<Row>();
        for (var group : categories.values().stream().filter(n -> n.parentId() == null).toList()) {
            var members = Trees.categoryWithDescendants(categories, group.id());
            rows.add(layout.departmentRow(group.name(c.locale()), columns,
                    points.stream().filter(g -> g.categoryId() != null && members.contains(g.categoryId())).toList(),
                    c.points().categories(members)));
        }
        var uncategorised = points.stream().filter(g -> g.categoryId() == null).toList();
        if (!uncategorised.isEmpty()) {
            rows.add(layout.departmentRow(layout.text("stats.noCategory", c.locale()), columns, uncategorised,
                    c.points().categories(Set.of(FigureFilter.NONE))));
        }
        rows.add(asTotal(layout.departmentRow(layout.text("stats.total", c.locale()), columns, points, c.points())));
        return layout.departmentTable("category-by-department", layout.text("stats.table.category-by-department", c.locale()),
                c, columns, rows);
    }

    /** One table per group that has sub-categories and was used (Stevns 3.4: category 4). */
    List<ReportTable> leavesByDepartment(ReportContext c, List<PointGroup> points) {
        var categories = c.categories();
        var columns = layout.departmentColumns(c, points);
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
                rows.add(layout.departmentRow(leaf.name(c.locale()), columns,
                        inGroup.stream().filter(g -> g.categoryId() == leaf.id()).toList(), c.points().categories(Set.of(leaf.id()))));
            }
            rows.add(asTotal(layout.departmentRow(layout.text("stats.total", c.locale()), columns, inGroup,
                    c.points().categories(Set.copyOf(leafIds)))));
            tables.add(layout.departmentTable("leaves-" + group.code(),
                    layout.text("stats.table.leaves", c.locale(), group.name(c.locale())), c, columns, rows));
        }
        return tables;
    }

    ReportTable complaintsPerGroup(ReportContext c, List<PointGroup> points) {
        var categories = c.categories();
        var complaints = points.stream().filter(g -> g.kind() == PointKind.COMPLAINT).toList();
        var rows = new ArrayList<Row>();
        for (var group : categories.values().stream().filter(n -> n.parentId() == null).toList()) {
            var members = Trees.categoryWithDescendants(categories, group.id());
            long n = sum(complaints, g -> g.categoryId() != null && members.contains(g.categoryId()));
            if (n > 0 || !group.retired()) {
                rows.add(layout.row(group.name(c.locale()), n, c.points().complaints().categories(members)));
            }
        }
        rows.add(layout.total(c, sum(complaints, g -> true), c.points().complaints()));
        return layout.counts("complaints-per-group", c, "stats.rule.complaints", "stats.col.complaintPoints", rows, ChartKind.BAR);
    }
}
