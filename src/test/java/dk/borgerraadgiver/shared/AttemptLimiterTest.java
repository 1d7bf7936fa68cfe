package dk.borgerraadgiver.shared;

import java.time.Duration;
import java.time.Instant;

import dk.borgerraadgiver.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimiterTest {

    private final MutableClock clock = MutableClock.get();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void client_over_the_limit_is_refused_until_the_window_has_passed() {
        clock.setTo(Instant.parse("2026-11-25T10:00:00Z"));
        var limiter = new AttemptLimiter(3, Duration.ofMinutes(10), clock);

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another client").isTrue();

        clock.setTo(Instant.parse("2026-11-25T10:10:01Z"));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }
}
