package dk.borgerraadgiver.casework.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessCodeRepository extends JpaRepository<AccessCode, Long> {
}
