package org.parindex.app.indicators;

import java.time.Instant;

/** A system's API token as stored: never the token itself, only its SHA-256. */
public record ApiToken(long id, String name, TokenScope scope, String createdBy, Instant createdAt,
                       String revokedBy, Instant revokedAt) implements java.io.Serializable {

    public boolean revoked() {
        return revokedAt != null;
    }
}
