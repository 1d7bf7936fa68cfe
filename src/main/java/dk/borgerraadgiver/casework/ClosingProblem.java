package dk.borgerraadgiver.casework;

/** What stands in the way of closing a case; each has a message in the bundles (case.problem.*). */
public enum ClosingProblem {
    NO_MAIN_POINT, SEVERAL_MAIN_POINTS, CATEGORY_MISSING, DEPARTMENT_MISSING, HANDLING_MISSING,
    REASON_MISSING, STATEMENT_DATE_MISSING
}
