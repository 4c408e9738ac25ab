package org.parindex.app.accounts;

import java.time.OffsetDateTime;

/**
 * A user account; a UNIT_OFFICER's {@code unitCode} is the only unit they may see and edit. {@code email} (optional)
 * is where the account's deadline reminders go.
 */
public record Account(long id, String username, String displayName, String passwordHash, Role role, String unitCode,
                      boolean enabled, int failedLogins, OffsetDateTime lockedUntil, int version, String email) {

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
