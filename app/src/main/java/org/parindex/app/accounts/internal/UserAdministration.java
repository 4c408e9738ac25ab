package org.parindex.app.accounts.internal;

import org.parindex.app.accounts.Account;
import org.parindex.app.accounts.AccountChangeRefused;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.audit.Audit;
import org.parindex.app.shared.NotFoundException;
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
    private final LoginThrottle throttle;

    UserAdministration(Accounts accounts, Audit audit, LoginThrottle throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
    }

    void create(String actor, String username, String displayName, String password, Role role, String unitCode,
                String email) {
        requireLongEnough(password);
        String address = EmailAddress.checked(email);
        if (accounts.find(username.trim()).isPresent()) {
            throw new AccountChangeRefused("users.exists", "user " + username + " exists already");
        }
        try {
            Account created = accounts.create(username.trim(), displayName.trim(), password, role, unitCode);
            if (address != null) {
                accounts.setEmail(created.id(), address);
            }
        } catch (DuplicateKeyException e) {
            throw new AccountChangeRefused("users.exists", "user " + username + " exists already");
        }
        audit.record(actor, "user.create", username, role.name());
    }

    void resetPassword(String actor, long id, String password) {
        requireLongEnough(password);
        Account account = existing(id);
        accounts.resetPassword(id, password);
        throttle.forget(account.username());
        audit.record(actor, "user.password", Long.toString(id), null);
    }

    /** Sets the account's e-mail address (blank removes it). */
    void setEmail(String actor, long id, String email) {
        String address = EmailAddress.checked(email);
        existing(id);
        accounts.setEmail(id, address);
        audit.record(actor, "user.email", Long.toString(id), address == null ? "—" : address);
    }

    void setEnabled(String actor, long id, boolean enabled) {
        existing(id);
        accounts.setEnabled(id, enabled);
        audit.record(actor, enabled ? "user.enable" : "user.disable", Long.toString(id), null);
    }

    /** Lifts the account's login locks (failed logins from any source). */
    void unlock(String actor, long id) {
        Account account = existing(id);
        throttle.forget(account.username());
        accounts.loginSucceeded(account.username());
        audit.record(actor, "user.unlock", Long.toString(id), null);
    }

    private Account existing(long id) {
        return accounts.all().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("user " + id));
    }

    private static void requireLongEnough(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new AccountChangeRefused("users.passwordShort", "a password needs " + MIN_PASSWORD + " characters");
        }
    }
}
