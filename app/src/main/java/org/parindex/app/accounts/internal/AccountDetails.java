package org.parindex.app.accounts.internal;

import org.parindex.app.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for login; a locked account (too many failed logins) is refused until its lock ends. */
@Component
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(a -> new SignedInUser(a, a.isLockedAt(java.time.OffsetDateTime.now())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
