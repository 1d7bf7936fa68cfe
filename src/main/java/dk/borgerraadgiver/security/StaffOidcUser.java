package dk.borgerraadgiver.security;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A member of staff signed in through the municipality's identity provider, named by the portal account. */
final class StaffOidcUser extends DefaultOidcUser {

    private final String username;

    StaffOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, @Nullable OidcUserInfo userInfo,
                  String username) {
        super(authorities, idToken, userInfo);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffOidcUser staff && staff.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
