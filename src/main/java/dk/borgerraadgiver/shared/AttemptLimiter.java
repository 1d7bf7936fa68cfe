package dk.borgerraadgiver.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts attempts per key (a client address, an account, a case) in a sliding window. Memory is
 * bounded: at most {@value #MAX_TRACKED_KEYS} keys are tracked, and when more arrive the key least
 * recently seen is forgotten. An attacker rotating addresses can therefore only make the limiter
 * forget, never refuse someone else.
 */
public class AttemptLimiter {

    static final int MAX_TRACKED_KEYS = 50_000;

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED_KEYS;
        }
    };

    public AttemptLimiter(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; false when the key has used up its attempts in the window. */
    public synchronized boolean tryAcquire(String key) {
        var history = recent(key);
        if (history.size() >= maxAttempts) {
            return false;
        }
        history.addLast(clock.instant());
        return true;
    }

    /** How long until the key may try again (zero when it may now); for the refusal message. */
    public synchronized Duration retryAfter(String key) {
        var history = recent(key);
        if (history.size() < maxAttempts) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), history.peekFirst().plus(window));
    }

    /** Whole minutes until the key may try again, at least one: what a refusal tells a person. */
    public int minutesToWait(String key) {
        return (int) Math.max(1, (retryAfter(key).toSeconds() + 59) / 60);
    }

    /** Forgets the key's attempts (a successful sign-in clears its failures). */
    public synchronized void reset(String key) {
        attempts.remove(key);
    }

    private Deque<Instant> recent(String key) {
        var history = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        var oldest = clock.instant().minus(window);
        while (!history.isEmpty() && !history.peekFirst().isAfter(oldest)) {
            history.pollFirst();
        }
        return history;
    }
}
