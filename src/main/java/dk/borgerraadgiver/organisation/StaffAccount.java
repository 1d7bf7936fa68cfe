package dk.borgerraadgiver.organisation;

import java.util.Set;

/** What login needs to know about a member of staff. The hash never leaves the security module's use. */
public record StaffAccount(String username, String passwordHash, String displayName, boolean enabled,
                           Set<StaffRole> roles) {

    @Override
    public String toString() {
        return "StaffAccount[" + username + "]";
    }
}
