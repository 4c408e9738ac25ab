package org.parindex.app.indicators;

/**
 * Data that cannot be taken in, and why; nothing was written. {@code code} names the reason for the pages' messages
 * ({@code intake.<code>}), {@code getMessage()} says it in English for the API.
 */
public class IntakeRefused extends RuntimeException {

    private final String code;

    public IntakeRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
