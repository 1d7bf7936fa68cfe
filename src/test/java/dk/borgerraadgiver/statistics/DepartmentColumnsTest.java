package dk.borgerraadgiver.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The department columns of the report tables, and the tree helpers they use, without a database. */
class DepartmentColumnsTest {

    // Velfærd (directorate) → Børnecenter (centre) → Familierådgivning (unit); Teknik (centre without a directorate or
    // units); Ankestyrelsen (another authority).
    private static final Map<Long, DepartmentNode> DEPARTMENTS = departments(
            node(1, null, "Velfærd", DepartmentLevel.DIRECTORATE),
            node(2, 1L, "Børnecenter", DepartmentLevel.CENTER),
            node(3, 2L, "Familierådgivning", DepartmentLevel.UNIT),
            node(4, null, "Teknik", DepartmentLevel.CENTER),
            node(5, null, "Ankestyrelsen", DepartmentLevel.OTHER_AUTHORITY));

    @Test
    void at_centre_level_each_centre_holds_its_units_and_other_authorities_stand_alone() {
        var columns = DepartmentColumns.of(DEPARTMENTS, DepartmentLevel.CENTER, List.of(3L, 4L), "Andet");

        assertThat(columns).extracting(DepartmentColumns.Column::label).containsExactly("Børnecenter", "Teknik", "Ankestyrelsen");
        assertThat(columns.getFirst().members()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void a_branch_without_the_chosen_level_is_shown_at_its_nearest_level_above() {
        var columns = DepartmentColumns.of(DEPARTMENTS, DepartmentLevel.UNIT, List.of(3L, 4L), "Andet");

        assertThat(columns).extracting(DepartmentColumns.Column::label)
                .containsExactly("Familierådgivning", "Ankestyrelsen", "Teknik");
    }

    @Test
    void points_without_a_department_or_outside_every_column_get_an_other_column_only_when_there_are_any() {
        var withoutDepartment = DepartmentColumns.of(DEPARTMENTS, DepartmentLevel.CENTER, List.of(FigureFilter.NONE), "Andet");
        assertThat(withoutDepartment).extracting(DepartmentColumns.Column::label)
                .containsExactly("Børnecenter", "Teknik", "Ankestyrelsen", "Andet");
        assertThat(withoutDepartment.getLast().members()).containsExactlyInAnyOrder(1L, FigureFilter.NONE);

        // levels are only looked for upwards: at directorate level a centre without a directorate is "other"
        var atDirectorates = DepartmentColumns.of(DEPARTMENTS, DepartmentLevel.DIRECTORATE, List.of(4L), "Andet");
        assertThat(atDirectorates).extracting(DepartmentColumns.Column::label).containsExactly("Velfærd", "Ankestyrelsen", "Andet");

        var allPlaced = DepartmentColumns.of(DEPARTMENTS, DepartmentLevel.DIRECTORATE, List.of(3L), "Andet");
        assertThat(allPlaced).extracting(DepartmentColumns.Column::label).doesNotContain("Andet");
    }

    @Test
    void a_category_group_holds_its_leaves_and_a_leaf_is_named_with_its_group() {
        var categories = new LinkedHashMap<Long, CategoryNode>();
        categories.put(10L, new CategoryNode(10, null, "GFS", "God forvaltningsskik", "Good administration", false, false));
        categories.put(11L, new CategoryNode(11, 10L, "GFS-TID", "Sagsbehandlingstid", "Processing time", false, true));
        categories.put(12L, new CategoryNode(12, null, "AFV", "Afvist", "Rejected", false, true));

        assertThat(Trees.categoryWithDescendants(categories, 10)).isEqualTo(Set.of(10L, 11L));
        assertThat(Trees.categoryLabel(categories, 11, Locale.of("da"))).isEqualTo("God forvaltningsskik › Sagsbehandlingstid");
        assertThat(Trees.categoryLabel(categories, 12, Locale.ENGLISH)).isEqualTo("Rejected");
        assertThat(Trees.categoryLabel(categories, 99, Locale.ENGLISH)).isEqualTo("?");
    }

    private static DepartmentNode node(long id, @Nullable Long parent, String name, DepartmentLevel level) {
        return new DepartmentNode(id, parent, "D" + id, name, level, true);
    }

    private static Map<Long, DepartmentNode> departments(DepartmentNode... nodes) {
        var map = new LinkedHashMap<Long, DepartmentNode>();
        for (var node : nodes) {
            map.put(node.id(), node);
        }
        return map;
    }
}
