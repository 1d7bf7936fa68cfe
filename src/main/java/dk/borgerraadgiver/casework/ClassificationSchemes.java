package dk.borgerraadgiver.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.casework.internal.ClassificationCategory;
import dk.borgerraadgiver.casework.internal.ClassificationCategoryRepository;
import dk.borgerraadgiver.casework.internal.ClassificationScheme;
import dk.borgerraadgiver.casework.internal.ClassificationSchemeRepository;
import dk.borgerraadgiver.casework.internal.SchemePresets;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality's classification scheme as data: started from a preset, then renamed, extended
 * and retired by an administrator without breaking old statistics (points keep their category id).
 */
@Service
public class ClassificationSchemes {

    private final ClassificationSchemeRepository schemes;
    private final ClassificationCategoryRepository categories;
    private final StaffScope scope;

    ClassificationSchemes(ClassificationSchemeRepository schemes, ClassificationCategoryRepository categories,
                          StaffScope scope) {
        this.schemes = schemes;
        this.categories = categories;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRoles.STAFF)
    public List<CategoryNode> categories(long municipalityId) {
        scope.requireServes(municipalityId);
        return nodes(municipalityId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRoles.STAFF)
    public Optional<SchemePreset> preset(long municipalityId) {
        scope.requireServes(municipalityId);
        return schemes.findById(municipalityId).map(ClassificationScheme::preset);
    }

    /** Gives a municipality its scheme from a preset; only once, as points will refer to the categories. */
    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public void applyPreset(long municipalityId, SchemePreset preset) {
        scope.requireServes(municipalityId);
        install(municipalityId, preset);
    }

    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public long addCategory(long municipalityId, @Nullable Long parentId, String code, String nameDa, String nameEn) {
        scope.requireServes(municipalityId);
        if (parentId != null && categories.findById(parentId).filter(c -> c.municipalityId() == municipalityId).isEmpty()) {
            throw new IllegalArgumentException("Parent is not in this municipality's scheme");
        }
        if (categories.findByMunicipalityIdAndCode(municipalityId, code.strip()).isPresent()) {
            throw new DuplicateCategoryCodeException();
        }
        int order = categories.findByMunicipalityIdOrderBySortOrderAscIdAsc(municipalityId).stream()
                .mapToInt(ClassificationCategory::sortOrder).max().orElse(0) + 1;
        return categories.save(new ClassificationCategory(municipalityId, parentId, code.strip(), nameDa.strip(),
                nameEn.strip(), order)).id();
    }

    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public void rename(long categoryId, String nameDa, String nameEn) {
        var category = categories.findById(categoryId).orElseThrow();
        scope.requireServes(category.municipalityId());
        category.rename(nameDa.strip(), nameEn.strip());
    }

    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public void retire(long categoryId, boolean retired) {
        var category = categories.findById(categoryId).orElseThrow();
        scope.requireServes(category.municipalityId());
        category.retire(retired);
    }

    /** Installs a preset for a municipality that has no scheme yet; used by set-up and demo data. */
    public void install(long municipalityId, SchemePreset preset) {
        if (schemes.existsById(municipalityId) || categories.existsByMunicipalityId(municipalityId)) {
            throw new IllegalStateException("Municipality already has a scheme");
        }
        schemes.save(new ClassificationScheme(municipalityId, preset));
        int order = 0;
        for (var group : SchemePresets.of(preset)) {
            var parent = categories.save(new ClassificationCategory(municipalityId, null, group.code(), group.nameDa(),
                    group.nameEn(), order++));
            for (var leaf : group.leaves()) {
                categories.save(new ClassificationCategory(municipalityId, parent.id(), leaf.code(), leaf.nameDa(),
                        leaf.nameEn(), order++));
            }
        }
    }

    List<CategoryNode> nodes(long municipalityId) {
        var all = categories.findByMunicipalityIdOrderBySortOrderAscIdAsc(municipalityId);
        var parents = new HashSet<Long>();
        all.forEach(c -> { if (c.parentId() != null) { parents.add(c.parentId()); } });
        return all.stream().map(c -> new CategoryNode(c.id(), c.parentId(), c.code(), c.nameDa(), c.nameEn(), c.retired(),
                !parents.contains(c.id()))).toList();
    }

    boolean categorisesAllKinds(long municipalityId) {
        return schemes.findById(municipalityId).map(ClassificationScheme::categorisesAllKinds).orElse(false);
    }

    @Nullable Long reminderCategory(long municipalityId) {
        return categories.findByMunicipalityIdOrderBySortOrderAscIdAsc(municipalityId).stream()
                .filter(c -> SchemePresets.REMINDER_CATEGORY_CODES.contains(c.code()) && !c.retired())
                .map(ClassificationCategory::id).findFirst().orElse(null);
    }

    boolean isLeafOf(long categoryId, long municipalityId) {
        return nodes(municipalityId).stream().anyMatch(n -> n.id() == categoryId && n.leaf());
    }
}
