package dk.borgerraadgiver.casework.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findByInquiryId(long inquiryId);

    List<CaseFile> findByBookingIdIn(Collection<Long> bookingIds);

    List<CaseFile> findByCitizenKeyOrderByRegisteredAtDesc(String citizenKey);

}
