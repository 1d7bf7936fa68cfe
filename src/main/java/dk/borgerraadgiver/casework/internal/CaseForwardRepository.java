package dk.borgerraadgiver.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseForwardRepository extends JpaRepository<CaseForward, Long> {

    List<CaseForward> findByCaseIdOrderById(long caseId);
}
