package dk.borgerraadgiver.booking;

/** How the citizen meets the advisor. */
public enum MeetingKind {
    /** A bookable meeting at a fixed place, usually the town hall. */
    IN_PERSON,
    /** A bookable phone meeting: the advisor calls the citizen. */
    PHONE,
    /** Open drop-in hours without booking, e.g. at the library. */
    DROP_IN,
    /** A request for a visit at home or another place; the advisor answers it. */
    HOME_VISIT;

    public boolean bookable() {
        return this == IN_PERSON || this == PHONE;
    }
}
