package dk.borgerraadgiver.booking.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DropInVisitRepository extends JpaRepository<DropInVisit, Long> {

    /** Visits per session day: [visitedOn, count]. */
    @Query("""
            select v.visitedOn, count(v) from DropInVisit v
            where v.meetingTypeId = :meetingTypeId and v.visitedOn between :from and :to
            group by v.visitedOn order by v.visitedOn desc""")
    List<Object[]> countPerDay(long meetingTypeId, LocalDate from, LocalDate to);
}
