package dk.borgerraadgiver.casework;

/**
 * The advisor's other work the reports count. {@link #COMPLAINT_LETTER} is help writing a complaint to
 * an appeals body (Ballerup: "bistand til udarbejdelse af klageskrivelse til klageinstans").
 */
public enum ActivityKind {
    CONSULTATIVE_ASSISTANCE, STAFF_INQUIRY, OWN_INITIATIVE, MEDIATION, TALK, COMPLAINT_LETTER
}
