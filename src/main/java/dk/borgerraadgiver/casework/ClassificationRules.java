package dk.borgerraadgiver.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The registration principles as rules: what a complete classification is, what a reminder on a
 * forwarded complaint becomes, and which points the statistics count.
 */
public final class ClassificationRules {

    private ClassificationRules() {
    }

    /**
     * A case may close when it has exactly one main point and every point has a kind, a department,
     * a category (complaints always; every kind where the scheme says so), a handling (complaints),
     * a reason (cannot be handled) and a statement date (investigations). A case marked "no real case
     * work" needs none of this: it is left out of the statistics.
     */
    public static Set<ClosingProblem> problemsBeforeClosing(boolean noRealCaseWork, List<PointClassification> points,
                                                            boolean schemeCategorisesAllKinds) {
        var problems = EnumSet.noneOf(ClosingProblem.class);
        if (noRealCaseWork) {
            return problems;
        }
        long mains = points.stream().filter(PointClassification::main).count();
        if (mains == 0) {
            problems.add(ClosingProblem.NO_MAIN_POINT);
        } else if (mains > 1) {
            problems.add(ClosingProblem.SEVERAL_MAIN_POINTS);
        }
        for (var point : points) {
            problems.addAll(missingFrom(point, schemeCategorisesAllKinds));
        }
        return problems;
    }

    /**
     * What one point still lacks to be completely classified: a department; a category (complaints
     * always, every kind where the scheme says so); a handling (complaints); a reason (cannot be
     * handled); a statement date (investigations). The one home of this rule: closing, the point
     * editor and the import all ask it.
     */
    public static Set<ClosingProblem> missingFrom(PointClassification point, boolean schemeCategorisesAllKinds) {
        var missing = EnumSet.noneOf(ClosingProblem.class);
        if (point.departmentId() == null) {
            missing.add(ClosingProblem.DEPARTMENT_MISSING);
        }
        if (point.categoryId() == null && (point.kind().isComplaint() || schemeCategorisesAllKinds)) {
            missing.add(ClosingProblem.CATEGORY_MISSING);
        }
        if (point.kind().isComplaint() && point.handling() == null) {
            missing.add(ClosingProblem.HANDLING_MISSING);
        }
        if (point.kind() == PointKind.CANNOT_HANDLE && point.cannotHandleReason() == null) {
            missing.add(ClosingProblem.REASON_MISSING);
        }
        if (point.handling() == Handling.INVESTIGATION && point.statementOn() == null) {
            missing.add(ClosingProblem.STATEMENT_DATE_MISSING);
        }
        return missing;
    }

    /**
     * A reminder (rykker) on an unanswered forward is registered as a new follow-up complaint point
     * about the forwarded department, in the scheme's reminder category when it has one, otherwise in
     * the main point's category.
     */
    public static PointClassification reminderPoint(@Nullable PointClassification mainPoint, long forwardedDepartmentId,
                                                    @Nullable Long reminderCategoryId) {
        Long category = reminderCategoryId != null ? reminderCategoryId : mainPoint != null ? mainPoint.categoryId() : null;
        return PointClassification.of(false, PointKind.COMPLAINT, category, forwardedDepartmentId, Handling.DIALOGUE_FORWARDED);
    }

    /** Points of a case marked "no real case work" exist but are not counted. */
    public static boolean counted(boolean noRealCaseWork) {
        return !noRealCaseWork;
    }
}
