package dk.borgerraadgiver.security;

import java.util.Locale;
import java.util.stream.Collectors;

import dk.borgerraadgiver.shared.SecurityEvents;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a provider's answer into a portal session. Registration {@code staff}: the configured claim
 * names a staff account, which keeps its roles and municipalities; no account, or a deactivated one,
 * is refused and logged as a security event. Registration {@code mitid}: the broker's claims are read
 * by the claim profile into a {@link CitizenIdentity}; an assurance level below the minimum is refused.
 * A refusal's error code is the reason the refusal page explains.
 */
final class SignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String STAFF = "staff";
    static final String MITID = "mitid";

    private final OidcUserService provider = new OidcUserService();
    private final StaffAccounts accounts;
    private final SignOnProperties.Staff staff;
    private final SignOnProperties.Citizen citizen;

    SignOnUsers(StaffAccounts accounts, SignOnProperties.Staff staff, SignOnProperties.Citizen citizen) {
        this.accounts = accounts;
        this.staff = staff;
        this.citizen = citizen;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        return switch (request.getClientRegistration().getRegistrationId()) {
            case STAFF -> staffUser(user);
            case MITID -> citizenUser(user);
            default -> throw refused("unknownProvider");
        };
    }

    private OidcUser staffUser(OidcUser user) {
        var claim = user.getClaims().get(staff.usernameClaim());
        var name = claim == null ? "" : claim.toString().strip().toLowerCase(Locale.ROOT);
        var account = name.isEmpty() ? java.util.Optional.<StaffAccount>empty() : accounts.findByUsername(name);
        if (account.isEmpty() || !account.get().enabled()) {
            SecurityEvents.record(account.isEmpty() ? "sso.refused.unknown" : "sso.refused.deactivated", name, "");
            throw refused(account.isEmpty() ? "unknownStaff" : "deactivated");
        }
        var authorities = account.get().roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .collect(Collectors.toSet());
        SecurityEvents.record("sso.success", account.get().username(), "");
        return new StaffOidcUser(authorities, user.getIdToken(), user.getUserInfo(), account.get().username());
    }

    private OidcUser citizenUser(OidcUser user) {
        try {
            var identity = CitizenIdentity.from(user.getClaims(), citizen);
            SecurityEvents.record("mitid.success", "");
            return new CitizenOidcUser(user.getIdToken(), user.getUserInfo(), identity);
        } catch (CitizenIdentity.Refused e) {
            SecurityEvents.record("mitid.refused." + e.reason(), "");
            throw refused(e.reason());
        }
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(reason));
    }
}
