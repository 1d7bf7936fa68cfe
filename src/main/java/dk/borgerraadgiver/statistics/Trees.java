package dk.borgerraadgiver.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.organisation.DepartmentNode;

/** The classification scheme and the departments as trees: a node with all below it, and readable labels. */
final class Trees {

    private Trees() {
    }

    static Set<Long> categoryWithDescendants(Map<Long, CategoryNode> nodes, long id) {
        return closure(id, parent -> nodes.values().stream().filter(n -> Long.valueOf(parent).equals(n.parentId()))
                .map(CategoryNode::id).toList());
    }

    static Set<Long> departmentWithDescendants(Map<Long, DepartmentNode> nodes, long id) {
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

    /** A leaf with its group, e.g. "God forvaltningsskik › Sagsbehandlingstid"; "?" for an unknown id. */
    static String categoryLabel(Map<Long, CategoryNode> categories, long id, Locale locale) {
        var node = categories.get(id);
        if (node == null) {
            return "?";
        }
        var parent = node.parentId() == null ? null : categories.get(node.parentId());
        return parent == null ? node.name(locale) : parent.name(locale) + " › " + node.name(locale);
    }

    static String departmentLabel(Map<Long, DepartmentNode> departments, long id) {
        var node = departments.get(id);
        return node == null ? "?" : node.name();
    }
}
