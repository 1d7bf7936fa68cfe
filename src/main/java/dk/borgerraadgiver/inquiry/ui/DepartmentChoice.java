package dk.borgerraadgiver.inquiry.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;
import java.util.ArrayList;
import java.util.List;

import dk.borgerraadgiver.organisation.DepartmentNode;
import org.jspecify.annotations.Nullable;

/** "Which part of the municipality is it about?": the active departments, or "I don't know". */
final class DepartmentChoice extends PortalSelect<Long> {

    private static final long UNKNOWN = -1L;

    DepartmentChoice(List<DepartmentNode> departments, @Nullable Long current) {
        setId("department");
        setLabel(getTranslation("inquiry.department.label"));
        setHelperText(getTranslation("inquiry.department.hint"));
        var options = new ArrayList<Long>();
        options.add(UNKNOWN);
        departments.forEach(d -> options.add(d.id()));
        setItems(options);
        setItemLabelGenerator(id -> id == UNKNOWN ? getTranslation("inquiry.department.unknown")
                : departments.stream().filter(d -> d.id() == id).findFirst().map(DepartmentNode::name).orElse(""));
        setValue(current == null ? UNKNOWN : current);
    }

    /** The chosen department, or null for "I don't know". */
    @Nullable Long departmentId() {
        return getValue() == null || getValue() == UNKNOWN ? null : getValue();
    }
}
