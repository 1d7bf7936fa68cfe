package dk.borgerraadgiver.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByMunicipalityIdOrderBySortOrderAscNameAsc(long municipalityId);

    Optional<Department> findByMunicipalityIdAndCode(long municipalityId, String code);
}
