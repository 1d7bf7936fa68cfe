package dk.borgerraadgiver.casework;

/** Why a point exists: the advisor registered it, a reminder on a forward created it, or it was imported. */
public enum PointOrigin {
    REGISTERED, REMINDER, IMPORTED
}
