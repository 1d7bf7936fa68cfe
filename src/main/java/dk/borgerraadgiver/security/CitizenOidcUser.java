package dk.borgerraadgiver.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's MitID session. Its name is {@link #NAME} for everyone, so nothing that logs or audits
 * "who" can write a CPR number or a citizen's name; the identity is read through
 * {@link CitizenIdentity#current()}.
 */
final class CitizenOidcUser extends DefaultOidcUser {

    static final String NAME = "borger";
    static final String ROLE = "ROLE_CITIZEN";

    private final CitizenIdentity identity;

    CitizenOidcUser(OidcIdToken idToken, @Nullable OidcUserInfo userInfo, CitizenIdentity identity) {
        super(List.of(new SimpleGrantedAuthority(ROLE)), idToken, userInfo);
        this.identity = identity;
    }

    CitizenIdentity identity() {
        return identity;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenOidcUser citizen && citizen.identity.equals(identity);
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }

    @Override
    public String toString() {
        return "CitizenOidcUser[" + identity + "]";
    }
}
