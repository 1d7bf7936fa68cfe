package dk.borgerraadgiver.casework.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvisorActivityRepository extends JpaRepository<AdvisorActivity, Long> {

    List<AdvisorActivity> findTop200ByMunicipalityIdInOrderByDoneOnDescIdDesc(Collection<Long> municipalityIds);
}
