package dk.borgerraadgiver.organisation;

/** The kinds of meeting place (mødested). */
public enum LocationKind {
    TOWN_HALL, LIBRARY, DEPARTMENT, CITIZEN_HOME
}
