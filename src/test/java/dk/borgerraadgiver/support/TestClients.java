package dk.borgerraadgiver.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for tests, so that rate limits keep their real values in the whole suite: every
 * browser (and every service test that submits as a citizen) is its own client. The portal trusts
 * {@code X-Forwarded-For} from loopback only, as it would from a reverse proxy on the same host.
 * The addresses come from the documentation ranges (RFC 5737) and are never contacted.
 */
public final class TestClients {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestClients() {
    }

    public static String next() {
        int n = COUNTER.incrementAndGet() % 500;
        return (n < 250 ? "198.51.100." : "203.0.113.") + (1 + n % 250);
    }

    public static Map<String, String> forwardedFor(String address) {
        return Map.of("X-Forwarded-For", address);
    }
}
