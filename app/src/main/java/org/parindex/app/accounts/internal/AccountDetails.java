package org.parindex.app.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.parindex.app.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads accounts for login. While {@link LoginThrottle} refuses tries for the name from the request's source, the
 * account is loaded as locked, so the password is not even checked and the answer is that of a wrong password.
 */
@Component
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;
    private final LoginThrottle throttle;

    AccountDetails(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean throttled = source().map(s -> throttle.blocked(s, username)).orElse(false);
        return accounts.find(username)
                .map(a -> new SignedInUser(a, throttled || a.isLockedAt(java.time.OffsetDateTime.now())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The address of the login request being handled (behind a proxy, as forwarded: see docs/security.md). */
    static java.util.Optional<String> source() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? java.util.Optional.of(source(attributes.getRequest())) : java.util.Optional.empty();
    }

    static String source(HttpServletRequest request) {
        return String.valueOf(request.getRemoteAddr());
    }
}
