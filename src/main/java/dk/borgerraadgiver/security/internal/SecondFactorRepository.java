package dk.borgerraadgiver.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {
}
