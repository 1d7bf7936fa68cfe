package dk.borgerraadgiver.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How one complaint point (or other-inquiry point) is classified. A case has one main point
 * (hovedsag) and any number of follow-up points (følgesager); the statistics count points.
 */
public record PointClassification(boolean main, PointKind kind, @Nullable CannotHandleReason cannotHandleReason,
                                  @Nullable Long categoryId, @Nullable Long departmentId, @Nullable Handling handling,
                                  @Nullable LocalDate statementOn, @Nullable CriticismLevel criticismLevel,
                                  @Nullable String recommendations, @Nullable Boolean recommendationsFollowed) {

    public static PointClassification of(boolean main, PointKind kind, @Nullable Long categoryId,
                                         @Nullable Long departmentId, @Nullable Handling handling) {
        return new PointClassification(main, kind, null, categoryId, departmentId, handling, null, null, null, null);
    }
}
