package org.parindex.app.accounts.internal;

import org.parindex.app.accounts.AccountChangeRefused;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.audit.Audit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, resets passwords (which also unlocks), enables and disables: each with its audit entry. */
@Service
@Transactional
class UserAdministration {

    static final int MIN_PASSWORD = 8;

    private final Accounts accounts;
    private final Audit audit;

    UserAdministration(Accounts accounts, Audit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    void create(String actor, String username, String displayName, String password, Role role, String unitCode) {
        requireLongEnough(password);
        if (accounts.find(username.trim()).isPresent()) {
            throw new AccountChangeRefused("users.exists", "user " + username + " exists already");
        }
        try {
            accounts.create(username.trim(), displayName.trim(), password, role, unitCode);
        } catch (DuplicateKeyException e) {
            throw new AccountChangeRefused("users.exists", "user " + username + " exists already");
        }
        audit.record(actor, "user.create", username, role.name());
    }

    void resetPassword(String actor, long id, String password) {
        requireLongEnough(password);
        accounts.resetPassword(id, password);
        audit.record(actor, "user.password", Long.toString(id), null);
    }

    void setEnabled(String actor, long id, boolean enabled) {
        accounts.setEnabled(id, enabled);
        audit.record(actor, enabled ? "user.enable" : "user.disable", Long.toString(id), null);
    }

    private static void requireLongEnough(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new AccountChangeRefused("users.passwordShort", "a password needs " + MIN_PASSWORD + " characters");
        }
    }
}
