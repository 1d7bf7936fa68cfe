package dk.borgerraadgiver.organisation.internal;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One node of a municipality's department tree (directorate, center, unit) or an outside authority. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private @Nullable Municipality municipality;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Department parent;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private DepartmentLevel level;
    private int sortOrder;
    private boolean active;

    protected Department() {
        this.code = this.name = "";
        this.level = DepartmentLevel.UNIT;
    }

    public Department(Municipality municipality, @Nullable Department parent, String code, String name,
                      DepartmentLevel level, int sortOrder) {
        if (parent != null && parent.municipality != municipality) {
            throw new IllegalArgumentException("A department's parent belongs to the same municipality");
        }
        this.municipality = municipality;
        this.parent = parent;
        this.code = code;
        this.name = name;
        this.level = level;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public void rename(String name) {
        this.name = name;
    }

    /** Moves the department under another parent of the same municipality (null: to the top), at this place. */
    public void moveTo(@Nullable Department newParent, int sortOrder) {
        if (newParent != null) {
            if (newParent.municipalityId() != municipalityId()) {
                throw new IllegalArgumentException("A department's parent belongs to the same municipality");
            }
            for (var ancestor = newParent; ancestor != null; ancestor = ancestor.parent()) {
                if (ancestor == this || (id != null && id.equals(ancestor.id()))) {
                    throw new IllegalArgumentException("A department cannot be moved under itself");
                }
            }
        }
        this.parent = newParent;
        this.sortOrder = sortOrder;
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** Retired: kept on old complaint points and in old statistics, no longer offered for new ones. */
    public void retire(boolean retired) {
        this.active = !retired;
    }

    public long municipalityId() {
        return municipality == null ? 0 : municipality.id();
    }

    public @Nullable Department parent() {
        return parent;
    }

    public @Nullable Long id() {
        return id;
    }

    /** Through the accessor, not the field: the parent may be a lazy proxy whose fields are empty. */
    public @Nullable Long parentId() {
        return parent == null ? null : parent.id();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DepartmentLevel level() {
        return level;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }
}
