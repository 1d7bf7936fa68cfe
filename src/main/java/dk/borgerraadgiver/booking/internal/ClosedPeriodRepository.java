package dk.borgerraadgiver.booking.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClosedPeriodRepository extends JpaRepository<ClosedPeriodEntry, Long> {

    @Query("""
            select c from ClosedPeriodEntry c
            where (c.municipalityId = :municipalityId or c.advisorId = :advisorId)
              and c.lastDay >= :from and c.firstDay <= :to""")
    List<ClosedPeriodEntry> findAffecting(long municipalityId, long advisorId, LocalDate from, LocalDate to);

    @Query("""
            select c from ClosedPeriodEntry c
            where (c.municipalityId in :municipalityIds or c.advisorId = :advisorId) and c.lastDay >= :from
            order by c.firstDay""")
    List<ClosedPeriodEntry> findCurrent(Collection<Long> municipalityIds, long advisorId, LocalDate from);
}
