package dk.borgerraadgiver.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Private links for citizens without an account (a booking's cancel-or-move link, an inquiry's
 * follow link): {@code <id>.<HMAC of purpose, id and the record's random nonce>}. Unguessable,
 * checkable without storing the link, and a copy of the database alone cannot forge one.
 */
@Component
public class PrivateLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] secret;

    PrivateLinks(PortalProperties properties) {
        var secret = properties.privateLinkSecret();
        if (secret.length() < 16) {
            throw new IllegalStateException("portal.private-link-secret must be at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random nonce to store with the record the link opens. */
    public static String newNonce() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String token(String purpose, long id, String nonce) {
        return id + "." + mac(purpose, id, nonce);
    }

    /** The id a token claims, if it is well-formed; check it with {@link #matches} before trusting it. */
    public OptionalLong claimedId(String token) {
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

    public boolean matches(String token, String purpose, long id, String nonce) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                token(purpose, id, nonce).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String purpose, long id, String nonce) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            var digest = mac.doFinal((purpose + ":" + id + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
