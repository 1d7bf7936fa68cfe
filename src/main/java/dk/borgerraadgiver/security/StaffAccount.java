package dk.borgerraadgiver.security;

import java.util.Set;

/** What login needs to know about a member of staff; package-private, so the hash never leaves this package. */
record StaffAccount(String username, String passwordHash, String displayName, boolean enabled,
                           Set<StaffRole> roles) {

    @Override
    public String toString() {
        return "StaffAccount[" + username + "]";
    }
}
