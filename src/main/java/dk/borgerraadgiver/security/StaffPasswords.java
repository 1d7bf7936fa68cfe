package dk.borgerraadgiver.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import dk.borgerraadgiver.security.internal.CitizenAdvisor;
import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import dk.borgerraadgiver.security.internal.StaffLink;
import dk.borgerraadgiver.security.internal.StaffLinkRepository;
import dk.borgerraadgiver.shared.AttemptLimiter;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff's password: changing one's own, "forgot password", and the single-use links that
 * invitations and resets send. A link's token is 256 random bits; only its SHA-256 is stored. An
 * invitation lasts {@link #INVITATION_LIFETIME}, a reset {@link #RESET_LIFETIME}; using a link ends
 * every other open link of the account.
 */
@Service
public class StaffPasswords {

    public static final Duration INVITATION_LIFETIME = Duration.ofHours(72);
    public static final Duration RESET_LIFETIME = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(StaffPasswords.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CitizenAdvisorRepository advisors;
    private final StaffLinkRepository links;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final StaffLinkMail mail;
    private final PublicLinks publicLinks;
    private final Clock clock;
    private final AttemptLimiter resetsPerClient;
    private final AttemptLimiter resetsPerAccount;
    private final AttemptLimiter changesPerAccount;
    /** "Forgot password" answers at once and alike for every address; the mail goes out after. */
    private final Executor mailer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("staff-link-mail").factory());

    StaffPasswords(CitizenAdvisorRepository advisors, StaffLinkRepository links, PasswordEncoder encoder,
                   PasswordPolicy policy, StaffLinkMail mail, PublicLinks publicLinks, Clock clock) {
        this.advisors = advisors;
        this.links = links;
        this.encoder = encoder;
        this.policy = policy;
        this.mail = mail;
        this.publicLinks = publicLinks;
        this.clock = clock;
        this.resetsPerClient = new AttemptLimiter(10, Duration.ofHours(1), clock);
        this.resetsPerAccount = new AttemptLimiter(3, Duration.ofHours(1), clock);
        this.changesPerAccount = new AttemptLimiter(5, Duration.ofMinutes(15), clock);
    }

    /** Why a new password was not taken: a {@link PasswordPolicy.Problem}, or the current password was wrong. */
    public enum Refusal { TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON, WRONG_CURRENT, TOO_MANY_ATTEMPTS, LINK_UNUSABLE }

    /** Who a usable link belongs to, for the page where the password is chosen. */
    public record LinkHolder(String username, String displayName, StaffLinkPurpose purpose) {
    }

    /** The signed-in member of staff changes their own password; the current one is required. */
    @Transactional
    public Optional<Refusal> changeOwn(String currentPassword, String newPassword, String client) {
        var username = SignedInStaff.username().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        var advisor = advisors.findByUsername(username).orElseThrow();
        if (!changesPerAccount.tryAcquire(username)) {
            return Optional.of(Refusal.TOO_MANY_ATTEMPTS);
        }
        if (!encoder.matches(currentPassword, advisor.passwordHash())) {
            SecurityEvents.record("password.change.wrongCurrent", username, client);
            return Optional.of(Refusal.WRONG_CURRENT);
        }
        var problem = policy.problemWith(username, newPassword);
        if (problem.isPresent()) {
            return problem.map(p -> Refusal.valueOf(p.name()));
        }
        advisor.changePassword(encoder.encode(newPassword), false);
        changesPerAccount.reset(username);
        SecurityEvents.record("password.changed", username, client);
        return Optional.empty();
    }

    /** Whether the signed-in member of staff must choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return advisors.findByUsername(username).map(CitizenAdvisor::passwordChangeRequired).orElse(false);
    }

    /**
     * "Forgot password": sends a reset link when the address (or username) belongs to an active
     * account, and says nothing either way — the page shows the same text for any address.
     */
    @Transactional
    public void requestReset(String emailOrUsername, String client) {
        var given = emailOrUsername.strip();
        if (given.isEmpty() || !resetsPerClient.tryAcquire(client)) {
            SecurityEvents.record("password.reset.refused", client);
            return;
        }
        var matches = EmailAddress.isValid(given) ? advisors.findByEmailIgnoreCase(given)
                : advisors.findByUsername(given.toLowerCase()).stream().toList();
        var accounts = matches.stream().filter(CitizenAdvisor::enabled).toList();
        if (accounts.size() != 1 || !resetsPerAccount.tryAcquire(accounts.getFirst().username())) {
            SecurityEvents.record("password.reset.noLink", given.contains("@") ? "address" : given, client);
            return;
        }
        var advisor = accounts.getFirst();
        var message = issue(advisor, StaffLinkPurpose.PASSWORD_RESET);
        SecurityEvents.record("password.reset.sent", advisor.username(), client);
        mailer.execute(() -> {
            try {
                mail.send(message);
            } catch (RuntimeException e) {
                log.warn("Password reset mail not sent: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** The holder of a link that can still be used; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> holderOf(String token) {
        return usableLink(token).flatMap(link -> advisors.findById(link.advisorId())
                .filter(CitizenAdvisor::enabled)
                .map(advisor -> new LinkHolder(advisor.username(), advisor.displayName(), link.purpose())));
    }

    /** Sets the password from a link, which is then used up together with every other open link of the account. */
    @Transactional
    public Optional<Refusal> choosePassword(String token, String newPassword, String client) {
        var link = usableLink(token);
        var advisor = link.flatMap(l -> advisors.findById(l.advisorId())).filter(CitizenAdvisor::enabled);
        if (link.isEmpty() || advisor.isEmpty()) {
            SecurityEvents.record("password.link.unusable", client);
            return Optional.of(Refusal.LINK_UNUSABLE);
        }
        var problem = policy.problemWith(advisor.get().username(), newPassword);
        if (problem.isPresent()) {
            return problem.map(p -> Refusal.valueOf(p.name()));
        }
        advisor.get().changePassword(encoder.encode(newPassword), false);
        var now = clock.instant();
        links.findByAdvisorIdAndUsedAtIsNullAndExpiresAtAfter(advisor.get().id(), now).forEach(open -> open.use(now));
        link.get().use(now);
        SecurityEvents.record("password.link.used." + link.get().purpose().name().toLowerCase(), advisor.get().username(), client);
        return Optional.empty();
    }

    /** A new link for the account (in the caller's transaction); the message to send once it commits. */
    StaffLinkMail.StaffLinkMessage issue(CitizenAdvisor advisor, StaffLinkPurpose purpose) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expires = now.plus(purpose == StaffLinkPurpose.INVITATION ? INVITATION_LIFETIME : RESET_LIFETIME);
        links.save(new StaffLink(advisor.id(), hash(token), purpose, now, expires));
        return new StaffLinkMail.StaffLinkMessage(advisor.email(), advisor.displayName(), advisor.username(), purpose,
                publicLinks.staffPassword(token), expires);
    }

    private Optional<StaffLink> usableLink(String token) {
        if (!token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        var now = clock.instant();
        return links.findByTokenHash(hash(token)).filter(link -> link.usableAt(now));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
