package dk.borgerraadgiver.casework;

import org.jspecify.annotations.Nullable;

/** The inbox's filters; null means "any". Search matches the reference or the citizen's name. */
public record InboxFilter(@Nullable Long municipalityId, @Nullable CaseStatus status, boolean openOnly,
                          @Nullable Long departmentId, @Nullable PointKind kind, boolean overdueOnly,
                          @Nullable String search) {

    public static InboxFilter open() {
        return new InboxFilter(null, null, true, null, null, false, null);
    }
}
