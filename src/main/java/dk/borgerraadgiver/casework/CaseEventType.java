package dk.borgerraadgiver.casework;

/** The kinds of step a case's timeline shows; each has a text in the bundles (case.event.*). */
public enum CaseEventType {
    REGISTERED, CLASSIFIED, POINT_REMOVED, FORWARDED, ANSWER_REGISTERED, REMINDER_SENT, STATUS_CHANGED, CLOSED, REOPENED,
    MESSAGE_SENT, MESSAGE_RECEIVED, POA_REQUESTED, POA_RECEIVED, POA_VERIFIED, NO_REAL_CASE_WORK, DEADLINE_SET
}
