package dk.borgerraadgiver.casework.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseMessageAttachmentRepository extends JpaRepository<CaseMessageAttachment, Long> {

    List<CaseMessageAttachment> findByMessageIdIn(Collection<Long> messageIds);
}
