package dk.borgerraadgiver.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

public interface StaffLinkRepository extends JpaRepository<StaffLink, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<StaffLink> findByTokenHash(String tokenHash);

    List<StaffLink> findByAdvisorIdAndUsedAtIsNullAndExpiresAtAfter(long advisorId, Instant now);
}
