package dk.borgerraadgiver.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByCaseIdOrderByWrittenAtDesc(long caseId);
}
