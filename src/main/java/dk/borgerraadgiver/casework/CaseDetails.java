package dk.borgerraadgiver.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.borgerraadgiver.inquiry.InquiryContent;
import org.jspecify.annotations.Nullable;

/** Everything the advisor's case page shows. */
public record CaseDetails(long id, String reference, long municipalityId, String municipalityName, Channel channel,
                          LocalDate registeredOn, Instant registeredAt, String registeredBy, String citizenName,
                          @Nullable String citizenEmail, @Nullable String citizenPhone, String citizenKey,
                          String language, String summary, boolean noRealCaseWork, CaseStatus status,
                          PowerOfAttorneyStatus poaStatus, @Nullable String poaVerifiedBy, @Nullable Instant poaVerifiedAt,
                          @Nullable LocalDate deadline, @Nullable Long bookingId, @Nullable String importedFrom,
                          @Nullable InquiryContent inquiry, List<Point> points, List<Forward> forwards,
                          List<Note> journal, List<TimelineEntry> timeline, List<Message> messages,
                          Set<ClosingProblem> closingProblems, boolean categorisesAllKinds,
                          @Nullable String legalHoldReason, @Nullable Instant erasedAt) {

    /** One classified point. */
    public record Point(long id, PointOrigin origin, PointClassification classification) {
    }

    /** A forward to a department and whether it was answered in time. */
    public record Forward(long id, long departmentId, String departmentName, LocalDate forwardedOn,
                          LocalDate answerDeadline, @Nullable LocalDate answeredOn, boolean copyReceived, int reminders,
                          boolean overdue) {
    }

    /** A journal note. */
    public record Note(String author, Instant at, String text) {
    }

    /** A step in the timeline. */
    public record TimelineEntry(Instant at, String actor, CaseEventType type, @Nullable String detail) {
    }

    /** A message to or from the citizen, with the citizen's files. */
    public record Message(long id, boolean fromCitizen, String author, String body, Instant sentAt,
                          @Nullable Instant readAt, List<FileInfo> files) {
    }

    /** A file attached to a citizen's reply. */
    public record FileInfo(long id, String name, String mediaType, long size) {
    }

    public boolean canClose() {
        return status != CaseStatus.CLOSED && closingProblems.isEmpty();
    }

    @Override
    public String toString() {
        return "CaseDetails[" + reference + "]";
    }
}
