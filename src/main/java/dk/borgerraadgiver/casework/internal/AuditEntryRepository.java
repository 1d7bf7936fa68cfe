package dk.borgerraadgiver.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByCitizenKeyOrderByHappenedAtDesc(String citizenKey);

}
