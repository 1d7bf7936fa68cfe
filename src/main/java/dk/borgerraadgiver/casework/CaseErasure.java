package dk.borgerraadgiver.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dk.borgerraadgiver.booking.CitizenMeetings;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.inquiry.InquiryErasure;
import dk.borgerraadgiver.shared.retention.CitizenMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a case loses its personal data (docs/retention.md), used by the nightly retention sweep
 * and by an erasure the citizen asked for. Erased: the citizen's name and contact details, the
 * summary, the inquiry's texts and files, the journal, the messages and their files, the access code,
 * the recommendation texts, and the linked booking's contact data. Kept: the case row with its dates
 * and status, the pseudonymous citizen key, the classified complaint points and the forwards — all the
 * statistics read — and the timeline. A case on legal hold is never erased.
 */
@Service
public class CaseErasure {

    private final JdbcTemplate jdbc;
    private final CaseFileRepository cases;
    private final InquiryErasure inquiries;
    private final CitizenMeetings meetings;
    private final Clock clock;

    CaseErasure(JdbcTemplate jdbc, CaseFileRepository cases, InquiryErasure inquiries, CitizenMeetings meetings, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.inquiries = inquiries;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** A case as the citizen-data search lists it. */
    public record CitizenCaseRecord(long id, long municipalityId, String reference, Instant registeredAt, CaseStatus status,
                                    String citizenName, String summary, @Nullable String legalHoldReason, boolean erased) {
    }

    /** Cases of a citizen found by the pseudonymous key of what was typed or by the contact details. */
    @Transactional(readOnly = true)
    public List<CitizenCaseRecord> find(CitizenMatch match, String citizenKey, Collection<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        args.add(citizenKey);
        args.addAll(match.arguments());
        // By name, the person a case is about is found too, not only the one who wrote for them.
        var aboutThem = match.name() == null ? "" : " or lower(c.subject_name) = ?";
        if (match.name() != null) {
            args.add(match.name());
        }
        args.addAll(municipalityIds);
        return jdbc.query("select c.id, c.municipality_id, coalesce(c.reference, ''), c.registered_at, c.status, c.citizen_name, "
                + "c.summary, c.legal_hold_reason, c.erased_at from case_file c where (c.citizen_key = ? or " + match.condition("c")
                + aboutThem + ") and c.municipality_id in (" + String.join(",", municipalityIds.stream().map(id -> "?").toList()) + ") "
                + "order by c.registered_at", (rs, n) -> new CitizenCaseRecord(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), CaseStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getTimestamp(9) != null), args.toArray());
    }

    /** Closed cases past the cut-off, not on legal hold and not erased yet. */
    List<Long> closedBefore(long municipalityId, Instant cutoff) {
        return jdbc.queryForList("select id from case_file where municipality_id = ? and status = 'CLOSED' and closed_at < ? "
                + "and legal_hold_reason is null and erased_at is null order by id", Long.class, municipalityId, Timestamp.from(cutoff));
    }

    /** Erases one case's personal data (the caller checks scope and hold); see the class comment. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void erase(long caseId) {
        var caseFile = cases.findById(caseId).orElseThrow();
        if (caseFile.legalHoldReason() != null) {
            throw new CaseRefusedException("legalHold");
        }
        var files = jdbc.queryForList("select a.stored_name from case_message_attachment a join case_message m on m.id = a.message_id "
                + "where m.case_id = ?", String.class, caseId);
        jdbc.update("delete a from case_message_attachment a join case_message m on m.id = a.message_id where m.case_id = ?", caseId);
        jdbc.update("delete from case_message where case_id = ?", caseId);
        jdbc.update("delete from case_journal_entry where case_id = ?", caseId);
        jdbc.update("delete from case_access_code where case_id = ?", caseId);
        jdbc.update("update complaint_point set recommendations = null where case_id = ?", caseId);
        // The version moves on, so an advisor's page opened before the erasure cannot write the data back.
        jdbc.update("update case_file set citizen_name = '', citizen_email = null, citizen_phone = null, summary = '', subject_name = null, "
                + "erased_at = ?, version = version + 1 where id = ?", Timestamp.from(clock.instant()), caseId);
        inquiries.deleteFilesAfterCommit(files);
        if (caseFile.inquiryId() != null) {
            inquiries.erase(caseFile.inquiryId());
        }
        if (caseFile.bookingId() != null) {
            meetings.eraseBooking(caseFile.bookingId());
        }
    }
}
