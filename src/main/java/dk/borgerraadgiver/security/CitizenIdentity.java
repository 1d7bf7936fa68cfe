package dk.borgerraadgiver.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A citizen signed in with MitID through the municipality's broker: the name and e-mail to fill in,
 * and the CPR number, which is never shown in full, logged, put in a URL or a mail (its
 * {@link #toString()} leaves it out). Read from the broker's claims by the configured
 * {@link ClaimProfile}; an assurance level below the minimum is refused.
 */
public record CitizenIdentity(String cpr, String name, @Nullable String email, List<String> powerOfAttorneyFrom) {

    /** NSIS assurance levels in rising order. */
    private static final Map<String, Integer> LEVELS = Map.of("low", 1, "substantial", 2, "high", 3);

    public CitizenIdentity {
        if (!cpr.matches("\\d{10}")) {
            throw new IllegalArgumentException("A CPR number has ten digits");
        }
        powerOfAttorneyFrom = List.copyOf(powerOfAttorneyFrom);
    }

    public CitizenIdentity(String cpr, String name, @Nullable String email) {
        this(cpr, name, email, List.of());
    }

    /** Whether someone gave her a power of attorney through Digital Fuldmagt (NemLog-in's privilege list). */
    public boolean hasDigitalPowerOfAttorney() {
        return !powerOfAttorneyFrom.isEmpty();
    }

    /** Why a broker's claims were refused: the message keys are {@code signin.refused.<reason>}. */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super("Citizen sign-in refused: " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Reads the claims; refuses a missing CPR number or name and an assurance level below the minimum. */
    public static CitizenIdentity from(Map<String, Object> claims, SignOnProperties.Citizen settings) {
        var profile = settings.claimProfile();
        var assurance = text(claims, profile.assurance(settings));
        if (assurance != null && level(assurance) < level(settings.minimumAssurance())) {
            throw new Refused("assurance");
        }
        var cpr = text(claims, profile.cpr(settings));
        var name = text(claims, profile.name(settings));
        if (cpr == null || !cpr.replace("-", "").matches("\\d{10}") || name == null || name.isBlank()) {
            throw new Refused("claims");
        }
        return new CitizenIdentity(cpr.replace("-", ""), name.strip(), text(claims, profile.email(settings)), grantors(claims));
    }

    /** The signed-in citizen, if the current request has one. */
    public static Optional<CitizenIdentity> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CitizenOidcUser citizen
                ? Optional.of(citizen.identity()) : Optional.empty();
    }

    /** Who gave a power of attorney through Digital Fuldmagt; an unreadable list counts as none (and is logged). */
    private static List<String> grantors(Map<String, Object> claims) {
        var privileges = claims.get(PrivilegeList.CLAIM);
        if (privileges == null) {
            return List.of();
        }
        try {
            return PrivilegeList.parse(privileges.toString()).grantors();
        } catch (PrivilegeList.Unreadable e) {
            dk.borgerraadgiver.shared.SecurityEvents.record("mitid.privileges.unreadable", "");
            return List.of();
        }
    }

    /** The CPR number as a person may see it: the birth date and four hidden digits. */
    public String maskedCpr() {
        return cpr.substring(0, 6) + "-xxxx";
    }

    private static int level(String text) {
        var key = text.strip().toLowerCase(Locale.ROOT);
        key = key.substring(key.lastIndexOf('/') + 1).replace("nsis:", "");
        return LEVELS.getOrDefault(key, 0);
    }

    private static @Nullable String text(Map<String, Object> claims, String name) {
        if (name.isBlank()) {
            return null;
        }
        var value = claims.get(name);
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return "CitizenIdentity[" + maskedCpr() + ", " + powerOfAttorneyFrom.size() + " power(s) of attorney]";
    }
}
