package dk.borgerraadgiver.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per client in a sliding window. It fails closed: a client over the limit, or a
 * key it cannot track because too many clients are tracked at once, is refused.
 */
public class AttemptLimiter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public AttemptLimiter(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; false when the client has used up its attempts in the window. */
    public boolean tryAcquire(String clientKey) {
        var now = clock.instant();
        if (attempts.size() >= MAX_TRACKED_CLIENTS) {
            attempts.entrySet().removeIf(entry -> isStale(entry.getValue(), now));
            if (attempts.size() >= MAX_TRACKED_CLIENTS) {
                return false;
            }
        }
        var history = attempts.computeIfAbsent(clientKey, key -> new ArrayDeque<>());
        synchronized (history) {
            while (!history.isEmpty() && !history.peekFirst().isAfter(now.minus(window))) {
                history.pollFirst();
            }
            if (history.size() >= maxAttempts) {
                return false;
            }
            history.addLast(now);
            return true;
        }
    }

    private boolean isStale(Deque<Instant> history, Instant now) {
        synchronized (history) {
            return history.isEmpty() || !history.peekLast().isAfter(now.minus(window));
        }
    }
}
