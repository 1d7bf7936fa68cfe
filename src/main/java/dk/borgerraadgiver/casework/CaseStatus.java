package dk.borgerraadgiver.casework;

/** Where a case is: new, being worked on, waiting for a department's answer, or closed. */
public enum CaseStatus {
    NEW, IN_PROGRESS, AWAITING_ANSWER, CLOSED
}
