package dk.borgerraadgiver.organisation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocationRepository extends JpaRepository<Location, Long> {

    List<Location> findByMunicipalityId(long municipalityId);

    boolean existsByMunicipalityIdAndCode(long municipalityId, String code);
}
