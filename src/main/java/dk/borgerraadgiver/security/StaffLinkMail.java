package dk.borgerraadgiver.security;

import java.time.Instant;

/**
 * Sends a member of staff the link to choose a password, at once (a link that arrives an hour later
 * is no use). Implemented by the notification module; the mail holds the link and never a password.
 */
public interface StaffLinkMail {

    void send(StaffLinkMessage message);

    record StaffLinkMessage(String to, String displayName, String username, StaffLinkPurpose purpose, String link,
                            Instant expiresAt) {

        @Override
        public String toString() {
            return "StaffLinkMessage[" + purpose + "]";
        }
    }
}
