package dk.borgerraadgiver.casework;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * A pseudonymous key per citizen, so unique citizens can be counted and an administrator can list
 * who looked at one citizen's data, without storing a CPR number. The key is a keyed hash of the
 * best identifier the advisor has (CPR number, e-mail, phone, or name), normalised so the same
 * person gives the same key; the identifier itself is not kept.
 */
@Component
public class CitizenKeys {

    private final SecretKeySpec secret;

    CitizenKeys(CaseworkProperties properties) {
        this.secret = new SecretKeySpec(properties.citizenKeySecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String keyFor(String identifier) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            var digest = mac.doFinal(normalise(identifier).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String identifier) {
        var trimmed = identifier.strip().toLowerCase(Locale.ROOT);
        var digits = trimmed.replaceAll("[\\s\\-+()]", "");
        if (digits.matches("\\d{8,12}")) {
            return digits.length() > 8 && digits.startsWith("45") && digits.length() == 10 && !looksLikeCpr(digits)
                    ? digits.substring(2) : digits;
        }
        return trimmed.replaceAll("\\s+", " ");
    }

    private static boolean looksLikeCpr(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
