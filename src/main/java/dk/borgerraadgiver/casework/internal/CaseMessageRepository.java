package dk.borgerraadgiver.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseMessageRepository extends JpaRepository<CaseMessage, Long> {

    List<CaseMessage> findByCaseIdOrderBySentAtAscIdAsc(long caseId);
}
