package dk.borgerraadgiver.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MailDeliveryRepository extends JpaRepository<MailDelivery, Long> {

    Optional<MailDelivery> findByMailKey(String mailKey);

    @Query("""
            select m from MailDelivery m
            where m.status in (dk.borgerraadgiver.notification.internal.MailDelivery.Status.PENDING,
                               dk.borgerraadgiver.notification.internal.MailDelivery.Status.FAILED)
              and m.firstAttemptAt < :before and m.municipalityId in :municipalityIds
            order by m.firstAttemptAt""")
    List<MailDelivery> findUndeliveredSince(Instant before, Collection<Long> municipalityIds);

}
