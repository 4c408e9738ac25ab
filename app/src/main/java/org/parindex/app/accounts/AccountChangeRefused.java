package org.parindex.app.accounts;

/** A change of accounts the rules refuse; {@code key} is the message shown to the admin. */
public class AccountChangeRefused extends RuntimeException {

    private final String key;

    public AccountChangeRefused(String key, String reason) {
        super(reason);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
