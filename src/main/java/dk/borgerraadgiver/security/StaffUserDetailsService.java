package dk.borgerraadgiver.security;

import dk.borgerraadgiver.security.StaffAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff from the organisation module; the username is the principal name everywhere else. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip().toLowerCase())
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .disabled(!account.enabled())
                        .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
