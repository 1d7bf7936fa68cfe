package dk.borgerraadgiver.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintPointRepository extends JpaRepository<ComplaintPoint, Long> {

    List<ComplaintPoint> findByCaseIdOrderByMainDescIdAsc(long caseId);

    @Modifying
    @Query("update ComplaintPoint p set p.counted = :counted where p.caseId = :caseId")
    void countAll(long caseId, boolean counted);
}
