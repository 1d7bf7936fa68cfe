package dk.borgerraadgiver.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, unless a test has fixed it; tests that move time put it back with {@link #reset()}. */
public final class MutableClock extends Clock {

    static final MutableClock INSTANCE = new MutableClock();
    private volatile Duration offset = Duration.ZERO;

    private MutableClock() {
    }

    public static MutableClock get() {
        return INSTANCE;
    }

    public void setTo(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return MutableClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return MutableClock.this.instant();
            }
        };
    }
}
