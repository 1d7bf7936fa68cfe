package dk.borgerraadgiver.notification.internal;

import dk.borgerraadgiver.booking.CalendarInvites;
import org.jspecify.annotations.Nullable;

/** A mail ready to send: text and HTML alternatives, and an optional calendar invite. */
record OutgoingMail(String to, String replyTo, String senderName, String subject, String text, String html,
                    CalendarInvites.@Nullable Invite invite) {

    @Override
    public String toString() {
        return "OutgoingMail[" + subject + "]";
    }
}
