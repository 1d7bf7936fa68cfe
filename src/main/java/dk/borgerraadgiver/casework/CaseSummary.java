package dk.borgerraadgiver.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One row of the inbox. */
public record CaseSummary(long id, String reference, long municipalityId, String municipalityName, Channel channel,
                          Instant registeredAt, String citizenName, String summary, CaseStatus status,
                          @Nullable LocalDate deadline, boolean overdue) {

    @Override
    public String toString() {
        return "CaseSummary[" + reference + "]";
    }
}
