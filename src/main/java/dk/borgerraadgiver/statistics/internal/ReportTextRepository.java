package dk.borgerraadgiver.statistics.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportTextRepository extends JpaRepository<ReportText, Long> {

    Optional<ReportText> findByMunicipalityIdAndPeriodFromAndPeriodTo(long municipalityId, LocalDate from, LocalDate to);
}
