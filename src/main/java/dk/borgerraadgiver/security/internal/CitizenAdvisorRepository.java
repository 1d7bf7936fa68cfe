package dk.borgerraadgiver.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CitizenAdvisorRepository extends JpaRepository<CitizenAdvisor, Long> {

    Optional<CitizenAdvisor> findByUsername(String username);

    List<CitizenAdvisor> findByEmailIgnoreCase(String email);

    List<CitizenAdvisor> findAllByOrderByDisplayName();
}
