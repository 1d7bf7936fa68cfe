package dk.borgerraadgiver.casework;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which registrations one figure counts, so the figure can be opened to the cases behind it. Null
 * means "any"; empty sets mean "any". Points are counted unless {@code casesWithoutCaseWork} asks for
 * the cases marked "no real case work" (which have no counted points).
 */
public record FigureFilter(long municipalityId, LocalDate from, LocalDate to, @Nullable PointKind kind,
                           boolean complaintsOnly, boolean otherInquiriesOnly, @Nullable Boolean main,
                           Set<Long> categoryIds, Set<Long> departmentIds, Set<Handling> handlings,
                           @Nullable Boolean casesWithoutCaseWork) {

    /** Stands for "not given" (no category or no department) in a set of ids. */
    public static final long NONE = -1;

    public static FigureFilter points(long municipalityId, LocalDate from, LocalDate to) {
        return new FigureFilter(municipalityId, from, to, null, false, false, null, Set.of(), Set.of(), Set.of(), null);
    }

    public FigureFilter period(LocalDate from, LocalDate to) {
        return new FigureFilter(municipalityId, from, to, kind, complaintsOnly, otherInquiriesOnly, main, categoryIds,
                departmentIds, handlings, casesWithoutCaseWork);
    }

    public FigureFilter kind(PointKind kind) {
        return new FigureFilter(municipalityId, from, to, kind, false, false, main, categoryIds, departmentIds, handlings,
                casesWithoutCaseWork);
    }

    public FigureFilter complaints() {
        return new FigureFilter(municipalityId, from, to, null, true, false, main, categoryIds, departmentIds, handlings,
                casesWithoutCaseWork);
    }

    public FigureFilter otherInquiries() {
        return new FigureFilter(municipalityId, from, to, null, false, true, main, categoryIds, departmentIds, handlings,
                casesWithoutCaseWork);
    }

    public FigureFilter main(boolean main) {
        return new FigureFilter(municipalityId, from, to, kind, complaintsOnly, otherInquiriesOnly, main, categoryIds,
                departmentIds, handlings, casesWithoutCaseWork);
    }

    public FigureFilter categories(Set<Long> ids) {
        return new FigureFilter(municipalityId, from, to, kind, complaintsOnly, otherInquiriesOnly, main, Set.copyOf(ids),
                departmentIds, handlings, casesWithoutCaseWork);
    }

    public FigureFilter departments(Set<Long> ids) {
        return new FigureFilter(municipalityId, from, to, kind, complaintsOnly, otherInquiriesOnly, main, categoryIds,
                Set.copyOf(ids), handlings, casesWithoutCaseWork);
    }

    public FigureFilter handling(Handling... chosen) {
        return new FigureFilter(municipalityId, from, to, kind, complaintsOnly, otherInquiriesOnly, main, categoryIds,
                departmentIds, Set.of(chosen), casesWithoutCaseWork);
    }

    public FigureFilter cases(@Nullable Boolean withoutCaseWork) {
        return new FigureFilter(municipalityId, from, to, null, false, false, null, Set.of(), Set.of(), Set.of(),
                withoutCaseWork == null ? Boolean.FALSE : withoutCaseWork);
    }
}
