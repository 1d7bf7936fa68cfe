package dk.borgerraadgiver.inquiry;

/** Whom the inquiry is about and on what authority the sender acts. */
public enum Representation {
    SELF,
    /** Parent with custody of a child under 18. */
    PARENT,
    /** Appointed guardian (værge): the appointment is attached. */
    GUARDIAN,
    /** With a signed power of attorney (fuldmagt), attached now or later. */
    POWER_OF_ATTORNEY
}
