package dk.borgerraadgiver.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;

/**
 * The columns of the department tables at a chosen level (directorate, centre or unit), each holding
 * its department and everything below it. A branch without departments at that level is shown at its
 * nearest level above ("nearest level"); other authorities form their own column; points without a
 * department, or in a department outside every column, fall in a last "other" column, shown only when
 * such points exist.
 */
final class DepartmentColumns {

    /** A column: its label and the department ids it counts ({@link FigureFilter#NONE} for "no department"). */
    record Column(String label, Set<Long> members) {
    }

    private DepartmentColumns() {
    }

    static List<Column> of(Map<Long, DepartmentNode> departments, DepartmentLevel level, Collection<Long> usedDepartmentIds,
                           String otherLabel) {
        var columns = new ArrayList<Column>();
        var placed = new HashSet<Long>();
        for (var node : departments.values()) {
            boolean otherAuthorityRoot = node.level() == DepartmentLevel.OTHER_AUTHORITY && node.parentId() == null;
            if ((node.level() == level && node.level() != DepartmentLevel.OTHER_AUTHORITY) || otherAuthorityRoot) {
                var members = Trees.departmentWithDescendants(departments, node.id());
                placed.addAll(members);
                columns.add(new Column(node.name(), members));
            }
        }
        var above = List.of(DepartmentLevel.UNIT, DepartmentLevel.CENTER, DepartmentLevel.DIRECTORATE);
        for (var higher : above.subList(above.indexOf(level) + 1, above.size())) {
            for (var node : departments.values()) {
                var members = Trees.departmentWithDescendants(departments, node.id());
                if (node.level() == higher && members.stream().noneMatch(placed::contains)) {
                    placed.addAll(members);
                    columns.add(new Column(node.name(), members));
                }
            }
        }
        var rest = new HashSet<Long>();
        departments.keySet().stream().filter(id -> !placed.contains(id)).forEach(rest::add);
        rest.add(FigureFilter.NONE);
        if (usedDepartmentIds.stream().anyMatch(rest::contains)) {
            columns.add(new Column(otherLabel, rest));
        }
        return columns;
    }
}
