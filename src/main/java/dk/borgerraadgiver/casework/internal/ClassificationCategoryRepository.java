package dk.borgerraadgiver.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassificationCategoryRepository extends JpaRepository<ClassificationCategory, Long> {

    List<ClassificationCategory> findByMunicipalityIdOrderBySortOrderAscIdAsc(long municipalityId);

    Optional<ClassificationCategory> findByMunicipalityIdAndCode(long municipalityId, String code);

    boolean existsByMunicipalityId(long municipalityId);
}
