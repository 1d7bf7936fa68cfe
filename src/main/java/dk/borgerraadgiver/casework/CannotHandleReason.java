package dk.borgerraadgiver.casework;

/** Why the advisor cannot take a matter up: the letters a–f of the rules of the function. */
public enum CannotHandleReason {
    /** a) make or change decisions. */
    DECISION,
    /** b) outside the municipality's activity. */
    OUTSIDE_MUNICIPALITY,
    /** c) a statutory appeals body can hear it. */
    APPEALS_BODY,
    /** d) before the supervisory authority, the Ombudsman or the courts. */
    OTHER_AUTHORITY,
    /** e) a political decision or one made by the council or its committees. */
    POLITICAL,
    /** f) employment in the municipality. */
    EMPLOYMENT
}
