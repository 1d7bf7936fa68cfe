package dk.borgerraadgiver.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One piece of the advisor's other work, as listed and registered. */
public record ActivityRecord(long id, long municipalityId, ActivityKind kind, LocalDate doneOn,
                             @Nullable Long departmentId, int minutes, String note) {
}
