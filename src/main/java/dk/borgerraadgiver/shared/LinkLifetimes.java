package dk.borgerraadgiver.shared;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How long a citizen's private link works (docs/security.md, "Private links"). A link in an old
 * mailbox should not open personal data for ever, but must outlive what the citizen may still need
 * it for: a booking's link works until two weeks after the meeting (to read what was booked), an
 * inquiry's follow link and a case's message link until eight weeks after the case is closed (the
 * citizen may answer the final letter; an answer reopens the case and so the links).
 */
public final class LinkLifetimes {

    public static final Duration AFTER_MEETING = Duration.ofDays(14);
    public static final Duration AFTER_CLOSING = Duration.ofDays(56);

    private LinkLifetimes() {
    }

    /** Whether a link whose matter ended at {@code end} (null: not ended) has expired by {@code now}. */
    public static boolean expired(@Nullable Instant end, Duration lifetime, Instant now) {
        return end != null && now.isAfter(end.plus(lifetime));
    }
}
