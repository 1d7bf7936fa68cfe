package dk.borgerraadgiver.casework;

/** The advisor's other work the reports count. */
public enum ActivityKind {
    CONSULTATIVE_ASSISTANCE, STAFF_INQUIRY, OWN_INITIATIVE, MEDIATION, TALK
}
