package dk.borgerraadgiver.shared;

/**
 * The staff roles by name, for {@code @RolesAllowed} on routes and {@code @PreAuthorize} on services,
 * so that no module writes a role as a string of its own. ADVISOR handles contacts and cases; ADMIN
 * also configures municipalities, schemes and staff.
 */
public final class StaffRoles {

    public static final String ADVISOR = "ADVISOR";
    public static final String ADMIN = "ADMIN";

    /** Any member of staff. */
    public static final String STAFF = "hasAnyRole('" + ADVISOR + "', '" + ADMIN + "')";
    /** Administrators only. */
    public static final String ADMINISTRATOR = "hasRole('" + ADMIN + "')";

    private StaffRoles() {
    }
}
