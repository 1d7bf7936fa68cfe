package dk.borgerraadgiver.shared;

import java.time.Duration;
import java.time.Instant;

import dk.borgerraadgiver.shared.ui.ClientAddress;
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

    @Test
    void a_refusal_says_how_long_to_wait() {
        clock.setTo(Instant.parse("2026-11-25T10:00:00Z"));
        var limiter = new AttemptLimiter(2, Duration.ofMinutes(10), clock);
        limiter.tryAcquire("10.0.0.1");
        clock.setTo(Instant.parse("2026-11-25T10:03:00Z"));
        limiter.tryAcquire("10.0.0.1");

        assertThat(limiter.retryAfter("10.0.0.1")).isBetween(Duration.ofMinutes(7).minusSeconds(5), Duration.ofMinutes(7).plusSeconds(5));
        assertThat(limiter.minutesToWait("10.0.0.1")).isEqualTo(7);
        assertThat(limiter.retryAfter("10.0.0.2")).isZero();
    }

    @Test
    void an_attacker_rotating_addresses_makes_the_limiter_forget_but_never_refuses_anyone_else() {
        var limiter = new AttemptLimiter(1, Duration.ofHours(1), clock);
        assertThat(limiter.tryAcquire("citizen")).isTrue();

        for (int i = 0; i < AttemptLimiter.MAX_TRACKED_KEYS + 10; i++) {
            limiter.tryAcquire("rotating-" + i);
        }

        assertThat(limiter.tryAcquire("a-new-citizen")).as("a newcomer is served").isTrue();
        assertThat(limiter.tryAcquire("citizen")).as("the oldest key was forgotten, not locked").isTrue();
    }

    @Test
    void an_ipv6_client_counts_as_its_64_network() {
        assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddress.key("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
