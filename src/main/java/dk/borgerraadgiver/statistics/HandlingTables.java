package dk.borgerraadgiver.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.RegistrationFigures.PointGroup;
import dk.borgerraadgiver.statistics.ReportTable.ChartKind;
import dk.borgerraadgiver.statistics.ReportTable.Row;
import org.springframework.stereotype.Component;

import static dk.borgerraadgiver.statistics.ReportLayout.departmentKey;
import static dk.borgerraadgiver.statistics.ReportLayout.sum;

/**
 * The tables that say how points were handled and where they lie: complaint handling and other
 * inquiries in % (Sorø 2.5), dialogue versus meeting (Ringsted), the top 10 complaint categories
 * (Ringsted) and the share per department (Ballerup).
 */
@Component
class HandlingTables {

    private final ReportLayout layout;

    HandlingTables(ReportLayout layout) {
        this.layout = layout;
    }

    /**
     * Sorø 2.5: dialogue-based help (forwarded or informal), a meeting, an investigation, or rejected.
     * A complaint point whose handling is not given yet (the case is being worked on) is its own row.
     */
    ReportTable complaintHandling(ReportContext c, List<PointGroup> points) {
        var complaints = points.stream().filter(g -> g.kind() == PointKind.COMPLAINT).toList();
        var counts = new LinkedHashMap<String, Long>();
        var filters = new LinkedHashMap<String, FigureFilter>();
        var groups = new LinkedHashMap<String, Handling[]>();
        groups.put("stats.handling.dialogue", new Handling[]{Handling.DIALOGUE_FORWARDED, Handling.DIALOGUE_INFORMAL});
        groups.put("case.handling.MEETING", new Handling[]{Handling.MEETING});
        groups.put("case.handling.INVESTIGATION", new Handling[]{Handling.INVESTIGATION});
        groups.put("case.handling.REJECTED", new Handling[]{Handling.REJECTED});
        for (var group : groups.entrySet()) {
            var label = layout.text(group.getKey(), c.locale());
            var members = Set.of(group.getValue());
            counts.put(label, sum(complaints, g -> g.handling() != null && members.contains(g.handling())));
            filters.put(label, c.points().complaints().handling(group.getValue()));
        }
        long unknown = sum(complaints, g -> g.handling() == null);
        if (unknown > 0) {
            var label = layout.text("stats.handling.none", c.locale());
            counts.put(label, unknown);
            filters.put(label, c.points().complaints());
        }
        return layout.shareTable("complaint-handling", c, "stats.rule.complaintShares", counts, filters,
                sum(complaints, g -> true));
    }

    /** Ringsted: of the dialogue-based help, how much was forwarded in writing and how much solved informally. */
    ReportTable dialogueSplit(ReportContext c, List<PointGroup> points) {
        var complaints = points.stream().filter(g -> g.kind() == PointKind.COMPLAINT).toList();
        var rows = new ArrayList<Row>();
        for (var handling : List.of(Handling.DIALOGUE_INFORMAL, Handling.DIALOGUE_FORWARDED, Handling.MEETING)) {
            rows.add(layout.row(layout.text("case.handling." + handling.name(), c.locale()),
                    sum(complaints, g -> g.handling() == handling), c.points().complaints().handling(handling)));
        }
        return layout.counts("dialogue-split", c, "stats.rule.complaints", "stats.col.complaintPoints", rows, ChartKind.NONE);
    }

    ReportTable otherHandling(ReportContext c, List<PointGroup> points) {
        var counts = new LinkedHashMap<String, Long>();
        var filters = new LinkedHashMap<String, FigureFilter>();
        long total = 0;
        for (var kind : PointKind.values()) {
            if (kind == PointKind.COMPLAINT) {
                continue;
            }
            long n = sum(points, g -> g.kind() == kind);
            counts.put(layout.text("case.kind." + kind.name(), c.locale()), n);
            filters.put(layout.text("case.kind." + kind.name(), c.locale()), c.points().kind(kind));
            total += n;
        }
        return layout.shareTable("other-handling", c, "stats.rule.otherShares", counts, filters, total);
    }

    ReportTable topTen(ReportContext c, List<PointGroup> points) {
        var categories = c.categories();
        var perLeaf = new HashMap<Long, Long>();
        points.stream().filter(g -> g.kind() == PointKind.COMPLAINT && g.categoryId() != null)
                .forEach(g -> perLeaf.merge(g.categoryId(), g.count(), Long::sum));
        var rows = new ArrayList<Row>();
        perLeaf.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .forEach(e -> rows.add(layout.row(Trees.categoryLabel(categories, e.getKey(), c.locale()), e.getValue(),
                        c.points().complaints().categories(Set.of(e.getKey())))));
        return layout.counts("top-ten", c, "stats.rule.complaints", "stats.col.complaintPoints", rows, ChartKind.BAR);
    }

    ReportTable sharePerDepartment(ReportContext c, List<PointGroup> points) {
        var columns = layout.departmentColumns(c, points);
        var counts = new LinkedHashMap<String, Long>();
        var filters = new LinkedHashMap<String, FigureFilter>();
        for (var column : columns) {
            counts.put(column.label(), sum(points, g -> column.members().contains(departmentKey(g.departmentId()))));
            filters.put(column.label(), c.points().departments(column.members()));
        }
        long total = sum(points, g -> true);
        var table = layout.shareTable("share-per-department", c, "stats.rule.departmentShares", counts, filters, total);
        return new ReportTable(table.id(), layout.text("stats.table.share-per-department." + c.level().name(), c.locale()),
                table.rule(), table.columns(), table.percentColumns(), table.rows(), ChartKind.BAR);
    }
}
