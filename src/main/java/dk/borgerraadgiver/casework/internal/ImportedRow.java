package dk.borgerraadgiver.casework.internal;

import java.time.LocalDate;

import dk.borgerraadgiver.casework.CannotHandleReason;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.CriticismLevel;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointKind;
import org.jspecify.annotations.Nullable;

/** A row of an import file that passed every check, ready to write; {@code mainKey} is null for a main row. */
public record ImportedRow(long municipalityId, String rowKey, @Nullable String mainKey, LocalDate date, Channel channel,
                          String citizenKey, @Nullable PointKind kind, @Nullable CannotHandleReason reason,
                          @Nullable Long categoryId, @Nullable Long departmentId, @Nullable Handling handling,
                          @Nullable LocalDate statementOn, @Nullable CriticismLevel criticism, boolean noRealCaseWork,
                          @Nullable LocalDate forwardedOn, @Nullable LocalDate answerDeadline, @Nullable LocalDate answeredOn) {
}
