package dk.borgerraadgiver.inquiry;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the case that grew from an inquiry tells the inquiry's follow page. The casework module
 * answers it (it knows cases; this module must not know casework), so the follow page can say that a
 * case is closed, expire with it, and send the citizen to the case's secure messages.
 */
public interface InquiryCaseProgress {

    /**
     * @param closedAt     when the case was closed; null while it is open
     * @param messagesPath the path of the case's secure-message page (behind a one-time code)
     */
    record CaseProgress(@Nullable Instant closedAt, String messagesPath) {
    }

    Optional<CaseProgress> forInquiry(long inquiryId);
}
