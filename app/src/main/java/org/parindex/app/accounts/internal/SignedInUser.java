package org.parindex.app.accounts.internal;

import java.util.List;
import org.parindex.app.accounts.Account;
import org.parindex.app.accounts.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a logged-in user: Spring's User plus role, unit and display name. */
public class SignedInUser extends User {

    private final Role role;
    private final String unitCode;
    private final String displayName;

    SignedInUser(Account a, boolean locked) {
        super(a.username(), a.passwordHash(), a.enabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(a.role().authority())));
        this.role = a.role();
        this.unitCode = a.unitCode();
        this.displayName = a.displayName();
    }

    public Role role() {
        return role;
    }

    public String unitCode() {
        return unitCode;
    }

    public String displayName() {
        return displayName;
    }
}
