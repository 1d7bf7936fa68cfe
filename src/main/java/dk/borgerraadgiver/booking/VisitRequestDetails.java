package dk.borgerraadgiver.booking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A home-visit request as the advisor (and the mail to the citizen) sees it. */
public record VisitRequestDetails(long id, String reference, long municipalityId, String municipalityName,
                                  String citizenName, @Nullable String citizenEmail, @Nullable String citizenPhone,
                                  Locale language, String place, String reason, List<Instant> proposed,
                                  VisitRequestStatus status, @Nullable String advisorMessage, Instant createdAt) {

    @Override
    public String toString() {
        return "VisitRequestDetails[" + reference + "]";
    }
}
