package dk.borgerraadgiver.casework.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassificationSchemeRepository extends JpaRepository<ClassificationScheme, Long> {
}
