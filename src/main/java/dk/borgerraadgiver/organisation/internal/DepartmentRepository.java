package dk.borgerraadgiver.organisation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByMunicipalityIdOrderBySortOrderAscNameAsc(long municipalityId);
}
