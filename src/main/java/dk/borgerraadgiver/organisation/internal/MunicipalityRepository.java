package dk.borgerraadgiver.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findBySlug(String slug);

    List<Municipality> findAllByOrderByName();

    List<Municipality> findByIdInOrderByName(Collection<Long> ids);

    Optional<Municipality> findByCode(String code);
}
