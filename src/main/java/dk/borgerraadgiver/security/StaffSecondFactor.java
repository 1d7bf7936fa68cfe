package dk.borgerraadgiver.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import dk.borgerraadgiver.security.internal.LoginThrottle;
import dk.borgerraadgiver.security.internal.SecondFactor;
import dk.borgerraadgiver.security.internal.SecondFactorRepository;
import dk.borgerraadgiver.shared.SecurityEvents;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's second factor: time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps,
 * one step of clock drift either way) from an authenticator app, plus ten single-use recovery codes.
 * A code works once. Wrong codes count towards the sign-in throttle. An installation can require it
 * for everyone ({@code portal.security.require-second-factor}); otherwise staff opt in.
 */
@Service
public class StaffSecondFactor {

    /** A secret on offer until the member of staff confirms it with a code from their app. */
    public record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[…]";
        }
    }

    private static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private final CitizenAdvisorRepository advisors;
    private final SecondFactorRepository factors;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final boolean required;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

    StaffSecondFactor(CitizenAdvisorRepository advisors, SecondFactorRepository factors, LoginThrottle throttle, Clock clock,
                      @Value("${portal.security.require-second-factor}") boolean required) {
        this.advisors = advisors;
        this.factors = factors;
        this.throttle = throttle;
        this.clock = clock;
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return advisorId(username) != null && factors.existsById(advisorId(username));
    }

    /** Whether signing in as this member of staff needs a code (or enrolment) after the password. */
    @Transactional(readOnly = true)
    public boolean neededFor(String username) {
        return required || enrolled(username);
    }

    /** A fresh secret and the otpauth:// address an authenticator app reads from the QR code. */
    public Enrolment newEnrolment(String username) {
        var bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        var secret = BASE32.encodeToString(bytes).replace("=", "");
        var uri = "otpauth://totp/Borgerr%C3%A5dgiver-portalen:" + username + "?secret=" + secret
                + "&issuer=Borgerr%C3%A5dgiver-portalen&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(secret, uri);
    }

    /**
     * Turns the second factor on once the app's code matches the offered secret, and returns the
     * recovery codes, which are shown once and kept only as hashes; empty when the code is wrong.
     */
    @Transactional
    public List<String> enrol(String username, Enrolment enrolment, String code) {
        if (!username.equals(SignedInStaff.username().orElse(null))) {
            throw new AccessDeniedException("Only the member of staff themselves sets up their second factor");
        }
        var id = advisorId(username);
        if (id == null || matchingStep(enrolment.secret(), code) < 0) {
            return List.of();
        }
        var codes = new ArrayList<String>();
        var hashes = new HashSet<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var recovery = BASE32.encodeToString(randomBytes(5)).toLowerCase(Locale.ROOT);
            codes.add(recovery.substring(0, 4) + "-" + recovery.substring(4, 8));
            hashes.add(sha256(recovery.substring(0, 8)));
        }
        factors.findById(id).ifPresent(factors::delete);
        factors.flush();
        var factor = new SecondFactor(id, enrolment.secret(), hashes);
        factor.useStep(matchingStep(enrolment.secret(), code));
        factors.save(factor);
        SecurityEvents.record("secondFactor.enrolled", username, null);
        return codes;
    }

    /**
     * Checks a code from the app, or a recovery code (spent by its use). Wrong codes count towards
     * the sign-in throttle of this account and client; while locked nothing is checked.
     */
    @Transactional
    public boolean verify(String username, String code, String client) {
        var id = advisorId(username);
        if (id == null || throttle.lockedFor(username, client).isPresent()) {
            return false;
        }
        var factor = factors.findById(id).orElse(null);
        var given = code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        boolean ok = factor != null && (given.matches("\\d{6}")
                ? factor.useStep(matchingStep(factor.secret(), given))
                : factor.useRecoveryCode(sha256(given)));
        if (ok) {
            SecurityEvents.record("secondFactor.success", username, client);
        } else {
            throttle.failed(username, client);
            SecurityEvents.record("secondFactor.failure", username, client);
        }
        return ok;
    }

    /** The time step whose code this is (now, or one step either side), or -1. */
    private long matchingStep(String secret, String code) {
        var given = code.strip();
        if (!given.matches("\\d{6}")) {
            return -1;
        }
        var key = new SecretKeySpec(BASE32.decode(secret), "HmacSHA1");
        long now = clock.instant().getEpochSecond() / 30;
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if (totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * 30), Locale.ROOT).equals(given)) {
                    return step;
                }
            }
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        return -1;
    }

    private Long advisorId(String username) {
        return advisors.findByUsername(username).map(advisor -> advisor.id()).orElse(null);
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
