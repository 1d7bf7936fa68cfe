package dk.borgerraadgiver.booking.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRequestRepository extends JpaRepository<VisitRequest, Long> {

    List<VisitRequest> findByMunicipalityIdInOrderByCreatedAtDesc(Collection<Long> municipalityIds);
}
