package dk.borgerraadgiver.casework.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A group or leaf of a municipality's classification scheme. Points refer to it by id, so renaming
 * keeps old statistics; retiring hides it from new classifications only. The code is stable for
 * imports and for comparing municipalities on a shared scheme.
 */
@Entity
@Table(name = "classification_category")
public class ClassificationCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long municipalityId;
    private @Nullable Long parentId;
    private String code;
    private String nameDa;
    private String nameEn;
    private int sortOrder;
    private boolean retired;

    protected ClassificationCategory() {
        this.code = this.nameDa = this.nameEn = "";
    }

    public ClassificationCategory(long municipalityId, @Nullable Long parentId, String code, String nameDa, String nameEn,
                                  int sortOrder) {
        this.municipalityId = municipalityId;
        this.parentId = parentId;
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Category not saved yet");
        }
        return id;
    }

    public long municipalityId() { return municipalityId; }
    public @Nullable Long parentId() { return parentId; }
    public String code() { return code; }
    public String nameDa() { return nameDa; }
    public String nameEn() { return nameEn; }
    public int sortOrder() { return sortOrder; }
    public boolean retired() { return retired; }

    public void rename(String nameDa, String nameEn) {
        this.nameDa = nameDa;
        this.nameEn = nameEn;
    }

    public void retire(boolean retired) { this.retired = retired; }
}
