package dk.borgerraadgiver.casework;

/** Whether the person who contacted the advisor may act for the citizen the case is about. */
public enum PowerOfAttorneyStatus {
    NOT_NEEDED, MISSING, REQUESTED, RECEIVED, VERIFIED
}
