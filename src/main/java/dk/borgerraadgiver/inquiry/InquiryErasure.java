package dk.borgerraadgiver.inquiry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erases what a citizen wrote and sent with an inquiry, for the case that holds it (casework calls this
 * when a closed case reaches its retention period or the citizen asks for erasure). The row stays
 * with the municipality, need and dates; the texts, names and contact details go, and the attachment
 * rows with them. Encrypted files are removed from storage once the transaction has committed, so a
 * rollback never leaves a row without its file.
 */
@Service
public class InquiryErasure {

    private final JdbcTemplate jdbc;
    private final EncryptedFileStore store;
    private final Clock clock;

    InquiryErasure(JdbcTemplate jdbc, EncryptedFileStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long inquiryId) {
        var files = jdbc.queryForList("select stored_name from inquiry_attachment where inquiry_id = ?", String.class, inquiryId);
        jdbc.update("delete from inquiry_attachment where inquiry_id = ?", inquiryId);
        jdbc.update("update inquiry set subject_name = null, description = '', desired_outcome = null, contact_name = '', "
                + "contact_email = null, contact_phone = null, cpr_sealed = null, erased_at = ? where id = ?", Timestamp.from(clock.instant()), inquiryId);
        deleteFilesAfterCommit(files);
    }

    /** Removes kept files (an inquiry's or a case message's) once the caller's transaction has committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteFilesAfterCommit(Collection<String> storedNames) {
        if (storedNames.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(storedNames);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (var name : names) {
                    try {
                        store.deleteKept(name);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }
}
