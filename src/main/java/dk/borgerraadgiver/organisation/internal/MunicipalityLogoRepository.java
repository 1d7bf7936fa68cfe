package dk.borgerraadgiver.organisation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityLogoRepository extends JpaRepository<MunicipalityLogo, Long> {
}
