package dk.borgerraadgiver.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit log as an administrator sees it. */
public record AuditRecord(Instant at, String actor, AuditAction action, @Nullable Long caseId,
                          @Nullable String caseReference, @Nullable String detail) {
}
