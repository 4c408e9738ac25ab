package org.parindex.app.indicators;

/** A system's call refused before its body is read: 401 (no, unknown or revoked token) or 403 (another scope). */
public class TokenRefused extends RuntimeException {

    private final int status;

    public TokenRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
