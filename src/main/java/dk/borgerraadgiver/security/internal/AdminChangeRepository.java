package dk.borgerraadgiver.security.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdminChangeRepository extends JpaRepository<AdminChange, Long> {

    List<AdminChange> findByMunicipalityIdInOrderByHappenedAtDesc(Collection<Long> municipalityIds, Limit limit);

    List<AdminChange> findByMunicipalityIdIsNullOrderByHappenedAtDesc(Limit limit);
}
