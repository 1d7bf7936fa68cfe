package dk.borgerraadgiver.booking.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The private cancel-or-move link of a booking: {@code <id>.<HMAC of id and the booking's random
 * nonce>}. Unguessable, checkable without storing it, and a database copy alone cannot forge one.
 */
@Component
public class ManageLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] secret;

    ManageLinks(@Value("${portal.booking.link-secret}") String secret) {
        if (secret.length() < 16) {
            throw new IllegalStateException("portal.booking.link-secret must be at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public static String newNonce() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String tokenFor(long bookingId, String nonce) {
        return bookingId + "." + mac(bookingId, nonce);
    }

    /** The booking id a token claims, if it is well-formed; the caller checks it with {@link #matches}. */
    public OptionalLong claimedBookingId(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19 || token.length() > 80) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(token.substring(0, dot)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public boolean matches(String token, long bookingId, String nonce) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                tokenFor(bookingId, nonce).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(long bookingId, String nonce) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            var digest = mac.doFinal(("booking:" + bookingId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
