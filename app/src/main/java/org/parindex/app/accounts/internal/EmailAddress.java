package org.parindex.app.accounts.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.parindex.app.accounts.AccountChangeRefused;

/** An account's e-mail address as typed: blank is none; otherwise one plain address (RFC 822, strict), ≤ 254 chars. */
final class EmailAddress {

    static final int MAX = 254;

    private EmailAddress() { }

    /** The trimmed address, or null when blank; refuses anything else but one plain address. */
    static String checked(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String address = typed.strip();
        if (address.length() > MAX) {
            throw new AccountChangeRefused("users.emailInvalid", "an e-mail address has at most " + MAX + " chars");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (!parsed.getAddress().equals(address) || parsed.getPersonal() != null || !address.contains("@")) {
                throw new AddressException("not a plain address");
            }
            parsed.validate();
            return address;
        } catch (AddressException e) {
            throw new AccountChangeRefused("users.emailInvalid", "not an e-mail address: " + address);
        }
    }
}
