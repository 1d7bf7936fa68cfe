package dk.borgerraadgiver.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;

import dk.borgerraadgiver.shared.AttemptLimiter;
import dk.borgerraadgiver.shared.SecurityEvents;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failed sign-ins are counted per account from one client (5 in 15
 * minutes locks that pair), per client across accounts (20 in 15 minutes: password spraying) and per
 * account from everywhere (50 in an hour: a distributed attack). A lock lifts by itself when the
 * oldest failure leaves its window, so nobody can lock a colleague out for good: from another
 * address the colleague is only stopped by the distributed-attack limit. While locked, not even the
 * right password is tried.
 */
@Component
public class LoginThrottle {

    private final AttemptLimiter perAccountAndClient;
    private final AttemptLimiter perClient;
    private final AttemptLimiter perAccount;

    LoginThrottle(Clock clock) {
        this.perAccountAndClient = new AttemptLimiter(5, Duration.ofMinutes(15), clock);
        this.perClient = new AttemptLimiter(20, Duration.ofMinutes(15), clock);
        this.perAccount = new AttemptLimiter(50, Duration.ofHours(1), clock);
    }

    /** Minutes until this account may try again from this client, or empty when it may now. */
    public OptionalInt lockedFor(String account, String client) {
        var key = normalised(account);
        if (perAccountAndClient.retryAfter(key + "|" + client).isPositive()) {
            return OptionalInt.of(perAccountAndClient.minutesToWait(key + "|" + client));
        }
        if (perClient.retryAfter(client).isPositive()) {
            return OptionalInt.of(perClient.minutesToWait(client));
        }
        if (perAccount.retryAfter(key).isPositive()) {
            return OptionalInt.of(perAccount.minutesToWait(key));
        }
        return OptionalInt.empty();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), client(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), client(event.getAuthentication().getDetails()));
    }

    private static String client(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? ClientAddress.key(web.getRemoteAddress()) : "unknown";
    }

    public void failed(String account, String client) {
        var key = normalised(account);
        perAccountAndClient.tryAcquire(key + "|" + client);
        perClient.tryAcquire(client);
        perAccount.tryAcquire(key);
        SecurityEvents.record("login.failure", account, client);
        if (lockedFor(account, client).isPresent()) {
            SecurityEvents.record("login.locked", account, client);
        }
    }

    public void succeeded(String account, String client) {
        perAccountAndClient.reset(normalised(account) + "|" + client);
        SecurityEvents.record("login.success", account, client);
    }

    private static String normalised(String account) {
        return account == null ? "" : account.strip().toLowerCase();
    }
}
