package dk.borgerraadgiver.casework;

/** What one point of an inquiry is: a complaint, or one of the kinds of other inquiry. */
public enum PointKind {
    COMPLAINT, GUIDANCE, SIGNPOSTING, FORWARDING, INFORMING, CANNOT_HANDLE;

    public boolean isComplaint() {
        return this == COMPLAINT;
    }
}
