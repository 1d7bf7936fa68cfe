package dk.borgerraadgiver.security;

/** What a member of staff may do: ADVISOR handles contacts and cases, ADMIN also configures the municipality. */
public enum StaffRole {
    ADVISOR, ADMIN
}
