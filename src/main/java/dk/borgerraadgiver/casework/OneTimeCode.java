package dk.borgerraadgiver.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The six-digit code behind a secure-message link: how one is made, how what the citizen typed is
 * read (spaces forgiven), and how it is kept (only its SHA-256) and compared (in constant time).
 */
public final class OneTimeCode {

    /** How many digits a code has. */
    public static final int DIGITS = 6;
    private static final int RANGE = 1_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    static String generate() {
        return ("%0" + DIGITS + "d").formatted(RANDOM.nextInt(RANGE));
    }

    /** The code as she typed it with any spaces left out, or empty when it cannot be a code (not six digits). */
    public static Optional<String> asTyped(String typed) {
        var digits = typed.replaceAll("\\s", "");
        return digits.matches("\\d{" + DIGITS + "}") ? Optional.of(digits) : Optional.empty();
    }

    /** What is stored of a code. */
    static String hash(String code) {
        return HexFormat.of().formatHex(sha256(code.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether what she typed is the code whose hash is stored; anything that cannot be a code is not. */
    static boolean matches(String typed, String storedHash) {
        return asTyped(typed).map(code -> MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    /** A fresh random secret, as the hex of its SHA-256: the session that a right code starts. */
    static String sessionSecret() {
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
