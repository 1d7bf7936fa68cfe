package dk.borgerraadgiver.booking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    /** Confirmed bookings of an advisor that overlap the interval, in every municipality they serve. */
    @Query("""
            select b from Booking b
            where b.advisorId = :advisorId and b.status = dk.borgerraadgiver.booking.BookingStatus.CONFIRMED
              and b.startsAt < :to and b.endsAt > :from""")
    List<Booking> findBusy(long advisorId, Instant from, Instant to);

    @Query("""
            select count(b) from Booking b
            where b.municipalityId = :municipalityId and b.status = dk.borgerraadgiver.booking.BookingStatus.CONFIRMED
              and b.startsAt > :now and (b.contact.email = :email or b.contact.phone = :phone)""")
    long countActiveForCitizen(long municipalityId, String email, String phone, Instant now);

    @Query("""
            select b from Booking b
            where b.municipalityId in :municipalityIds and b.startsAt >= :from and b.startsAt < :to
            order by b.startsAt""")
    List<Booking> findAgenda(Collection<Long> municipalityIds, Instant from, Instant to);

    @Query(value = "SELECT COUNT(*) FROM advisor_calendar WHERE advisor_id = :advisorId", nativeQuery = true)
    long countCalendars(long advisorId);

    @Query("""
            select b from Booking b
            where b.status = dk.borgerraadgiver.booking.BookingStatus.CONFIRMED and b.startsAt > :now
              and (b.municipalityId in :municipalityIds or b.advisorId = :advisorId)
            order by b.startsAt""")
    List<Booking> findFutureConfirmed(Collection<Long> municipalityIds, long advisorId, Instant now);

    /** Creates the advisor's lock row if it is missing; harmless when it exists. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO advisor_calendar (advisor_id) VALUES (:advisorId)", nativeQuery = true)
    void ensureCalendar(long advisorId);

    /** Locks the advisor's calendar until the transaction ends: bookings of one advisor are made one at a time. */
    @Query(value = "SELECT advisor_id FROM advisor_calendar WHERE advisor_id = :advisorId FOR UPDATE", nativeQuery = true)
    Long lockCalendar(long advisorId);
}
