package dk.borgerraadgiver.organisation;

import org.jspecify.annotations.Nullable;

/** One department, with its parent's id so callers can draw the tree. */
public record DepartmentNode(long id, @Nullable Long parentId, String code, String name, DepartmentLevel level,
                             boolean active) {
}
