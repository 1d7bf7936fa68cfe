package dk.borgerraadgiver.booking.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingTypeRepository extends JpaRepository<MeetingType, Long> {

    List<MeetingType> findByMunicipalityIdAndActiveTrueOrderBySortOrder(long municipalityId);

    boolean existsByMunicipalityId(long municipalityId);
}
