package dk.borgerraadgiver.casework;

/** How a contact reached the advisor. Most arrive by phone or in person, not through the portal. */
public enum Channel {
    PHONE, EMAIL, LETTER, DIGITAL_POST, PERSONAL_VISIT, LIBRARY_DROP_IN, PORTAL
}
