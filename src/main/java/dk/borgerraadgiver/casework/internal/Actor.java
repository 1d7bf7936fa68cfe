package dk.borgerraadgiver.casework.internal;

import dk.borgerraadgiver.security.SignedInStaff;

/** The username of whoever is acting: a member of staff, or "system" for event listeners and the citizen side. */
public final class Actor {

    public static final String SYSTEM = SignedInStaff.SYSTEM;
    public static final String CITIZEN = "borger";

    private Actor() {
    }

    public static String current() {
        return SignedInStaff.actor();
    }
}
