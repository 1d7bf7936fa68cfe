package dk.borgerraadgiver.inquiry;

/** What an attached file is. */
public enum AttachmentKind {
    EVIDENCE, POWER_OF_ATTORNEY, GUARDIAN_APPOINTMENT
}
