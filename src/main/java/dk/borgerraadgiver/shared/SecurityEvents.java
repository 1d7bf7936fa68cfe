package dk.borgerraadgiver.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security log: one line per sign-in, failure, lockout, refused access and rate-limit refusal,
 * under the logger {@code security} so an installation can route it to its SIEM. It holds no
 * personal data: an account appears as a short pseudonym (the same account gives the same
 * pseudonym), a client as its network (IPv4 /24, IPv6 /64).
 */
public final class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    private SecurityEvents() {
    }

    public static void record(String event, String account, String client) {
        log.info("event={} account={} client={}", event, pseudonym(account), network(client));
    }

    public static void record(String event, String client) {
        log.info("event={} client={}", event, network(client));
    }

    /** A 12-character pseudonym for a username, so log lines about one account can be grouped. */
    static String pseudonym(String account) {
        if (account == null || account.isBlank()) {
            return "-";
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(("portal-account:" + account.strip().toLowerCase()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String network(String client) {
        if (client == null) {
            return "-";
        }
        if (client.contains(":")) {
            return client.endsWith("/64") ? client : "ipv6";
        }
        int lastDot = client.lastIndexOf('.');
        return lastDot < 0 ? "-" : client.substring(0, lastDot) + ".0/24";
    }
}
