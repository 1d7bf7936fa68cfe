package dk.borgerraadgiver.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.borgerraadgiver.organisation.internal.Department;
import dk.borgerraadgiver.organisation.internal.DepartmentRepository;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's department tree as an administrator keeps it: add, rename, move, reorder and
 * retire (a retired department stays on old complaint points and in old statistics, and is no longer
 * offered for new ones), and many at once from a list, one line per department: {@code code; name;
 * parent code}, with a dry run first. Nothing is ever deleted, so statistics keep their departments.
 */
@Service
@PreAuthorize(StaffRoles.ADMINISTRATOR)
public class DepartmentAdministration {

    private static final int MAX_LINES = 500;

    private final DepartmentRepository departments;
    private final MunicipalityRepository municipalities;
    private final StaffScope scope;
    private final AdministrativeChanges changes;

    DepartmentAdministration(DepartmentRepository departments, MunicipalityRepository municipalities,
                             StaffScope scope, AdministrativeChanges changes) {
        this.departments = departments;
        this.municipalities = municipalities;
        this.scope = scope;
        this.changes = changes;
    }

    /** One line of a pasted list, as the dry run reads it: what it would create, or why it cannot. */
    public record ListLine(int lineNumber, String code, String name, @Nullable String parentCode,
                           @Nullable String problemKey) {
        public boolean ok() {
            return problemKey == null;
        }
    }

    /** The whole tree, retired departments included, parents before their children. */
    @Transactional(readOnly = true)
    public List<DepartmentNode> tree(long municipalityId) {
        scope.requireServes(municipalityId);
        return ordered(departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipalityId)).stream()
                .map(MunicipalityDirectory::departmentNode).toList();
    }

    @Transactional
    public long add(long municipalityId, @Nullable Long parentId, String code, String name, DepartmentLevel level) {
        scope.requireServes(municipalityId);
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        checkCodeAndName(municipalityId, code.strip(), name.strip());
        var parent = parentId == null ? null : inMunicipality(parentId, municipalityId);
        var department = departments.save(new Department(municipality, parent, code.strip(), name.strip(), level,
                nextOrder(municipalityId)));
        changes.record(municipalityId, "DEPARTMENT", department.name(), new AdministrativeChanges.Diff()
                .set("kode", department.code()).set("niveau", level).set("under", parent == null ? null : parent.name()));
        return Objects.requireNonNull(department.id());
    }

    @Transactional
    public void rename(long departmentId, String name) {
        var department = served(departmentId);
        if (name.isBlank() || name.strip().length() > 150) {
            throw new MunicipalityRefusedException("name", "admin.department.error.name");
        }
        var before = department.name();
        department.rename(name.strip());
        changes.record(department.municipalityId(), "DEPARTMENT", department.name(),
                new AdministrativeChanges.Diff().field("navn", before, department.name()));
    }

    /** Moves the department under another (null: to the top level), last among its new siblings. */
    @Transactional
    public void move(long departmentId, @Nullable Long newParentId) {
        var department = served(departmentId);
        var before = department.parent() == null ? null : department.parent().name();
        var parent = newParentId == null ? null : inMunicipality(newParentId, department.municipalityId());
        try {
            department.moveTo(parent, nextOrder(department.municipalityId()));
        } catch (IllegalArgumentException e) {
            throw new MunicipalityRefusedException("parent", "admin.department.error.cycle");
        }
        changes.record(department.municipalityId(), "DEPARTMENT", department.name(),
                new AdministrativeChanges.Diff().field("under", before, parent == null ? null : parent.name()));
    }

    /** Swaps the department with its previous (up) or next sibling. */
    @Transactional
    public void reorder(long departmentId, boolean up) {
        var department = served(departmentId);
        var siblings = departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(department.municipalityId()).stream()
                .filter(other -> Objects.equals(other.parentId(), department.parentId())).toList();
        int index = siblings.indexOf(department);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= siblings.size()) {
            return;
        }
        var reordered = new ArrayList<>(siblings);
        reordered.set(index, siblings.get(other));
        reordered.set(other, department);
        int base = siblings.stream().mapToInt(Department::sortOrder).min().orElse(0);
        for (int i = 0; i < reordered.size(); i++) {
            reordered.get(i).placeAt(base + i);
        }
        changes.record(department.municipalityId(), "DEPARTMENT", department.name(),
                new AdministrativeChanges.Diff().note(up ? "flyttet op" : "flyttet ned"));
    }

    @Transactional
    public void retire(long departmentId, boolean retired) {
        var department = served(departmentId);
        var before = department.active();
        department.retire(retired);
        changes.record(department.municipalityId(), "DEPARTMENT", department.name(),
                new AdministrativeChanges.Diff().field("aktiv", before ? "ja" : "nej", retired ? "nej" : "ja"));
    }

    /**
     * Reads a list, one department per line: {@code code; name; parent code} (the parent may be
     * earlier in the list or already exist; empty for the top level). With {@code dryRun} nothing is
     * saved; otherwise every line is created, or — when any line has a problem — none is.
     */
    @Transactional
    public List<ListLine> fromList(long municipalityId, String text, DepartmentLevel level, boolean dryRun) {
        scope.requireServes(municipalityId);
        var existing = new HashSet<String>();
        departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipalityId).forEach(d -> existing.add(d.code().toLowerCase()));
        var lines = new ArrayList<ListLine>();
        var inList = new HashSet<String>();
        var rows = text.lines().toList();
        if (rows.size() > MAX_LINES) {
            throw new MunicipalityRefusedException("list", "admin.department.error.tooManyLines", MAX_LINES);
        }
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i).strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            var cells = row.split("[;\t]", -1);
            var code = cells[0].strip();
            var name = cells.length > 1 ? cells[1].strip() : "";
            var parent = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : null;
            String problem = null;
            if (cells.length > 3) {
                problem = "admin.department.line.tooManyCells";
            } else if (!code.matches("[A-Za-z0-9ÆØÅæøå_.-]{1,20}")) {
                problem = "admin.department.line.code";
            } else if (name.isEmpty() || name.length() > 150) {
                problem = "admin.department.line.name";
            } else if (existing.contains(code.toLowerCase()) || !inList.add(code.toLowerCase())) {
                problem = "admin.department.line.codeTaken";
            } else if (parent != null && !existing.contains(parent.toLowerCase()) && !inList.contains(parent.toLowerCase())) {
                problem = "admin.department.line.parent";
            }
            lines.add(new ListLine(i + 1, code, name, parent, problem));
        }
        if (dryRun || lines.isEmpty() || lines.stream().anyMatch(line -> !line.ok())) {
            return lines;
        }
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        Map<String, Department> byCode = new HashMap<>();
        departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipalityId).forEach(d -> byCode.put(d.code().toLowerCase(), d));
        int order = nextOrder(municipalityId);
        for (var line : lines) {
            var parent = line.parentCode() == null ? null : byCode.get(line.parentCode().toLowerCase());
            var created = departments.save(new Department(municipality, parent, line.code(), line.name(),
                    parent == null ? level : childLevel(parent.level()), order++));
            byCode.put(line.code().toLowerCase(), created);
        }
        changes.record(municipalityId, "DEPARTMENT", lines.size() + " afdelinger fra liste", new AdministrativeChanges.Diff()
                .set("oprettet", String.join(", ", lines.stream().map(l -> l.code() + " " + l.name()).toList())));
        return lines;
    }

    private static DepartmentLevel childLevel(DepartmentLevel parent) {
        return switch (parent) {
            case DIRECTORATE -> DepartmentLevel.CENTER;
            case CENTER, UNIT -> DepartmentLevel.UNIT;
            case OTHER_AUTHORITY -> DepartmentLevel.OTHER_AUTHORITY;
        };
    }

    private void checkCodeAndName(long municipalityId, String code, String name) {
        if (!code.matches("[A-Za-z0-9ÆØÅæøå_.-]{1,20}")) {
            throw new MunicipalityRefusedException("code", "admin.department.error.code");
        }
        if (departments.findByMunicipalityIdAndCode(municipalityId, code).isPresent()) {
            throw new MunicipalityRefusedException("code", "admin.department.error.codeTaken");
        }
        if (name.isEmpty() || name.length() > 150) {
            throw new MunicipalityRefusedException("name", "admin.department.error.name");
        }
    }

    private int nextOrder(long municipalityId) {
        return departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipalityId).stream()
                .mapToInt(Department::sortOrder).max().orElse(-1) + 1;
    }

    private Department served(long departmentId) {
        var department = departments.findById(departmentId).orElseThrow();
        scope.requireServes(department.municipalityId());
        return department;
    }

    private Department inMunicipality(long departmentId, long municipalityId) {
        return departments.findById(departmentId).filter(d -> d.municipalityId() == municipalityId)
                .orElseThrow(() -> new MunicipalityRefusedException("parent", "admin.department.error.parent"));
    }

    /** Depth-first: each department followed by its children, siblings in their order. */
    private static List<Department> ordered(List<Department> all) {
        var children = new HashMap<@Nullable Long, List<Department>>();
        all.forEach(d -> children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d));
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Department::sortOrder)));
        var result = new ArrayList<Department>();
        walk(children, null, result);
        return result;
    }

    private static void walk(Map<@Nullable Long, List<Department>> children, @Nullable Long parent, List<Department> into) {
        for (var child : children.getOrDefault(parent, List.of())) {
            into.add(child);
            walk(children, child.id(), into);
        }
    }
}
