package dk.borgerraadgiver.inquiry;

/** How the citizen would like the advisor to get in touch. */
public enum PreferredContact {
    PHONE, MAIL, MEETING
}
