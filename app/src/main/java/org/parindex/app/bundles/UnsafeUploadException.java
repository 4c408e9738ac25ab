package org.parindex.app.bundles;

/** An upload refused before reading it as a bundle: empty, not a zip, unsafe paths, too large. */
public class UnsafeUploadException extends RuntimeException {

    private final String code;

    /** {@code code} names the message (bundles.refused.CODE) shown to the user; {@code detail} fills it in. */
    public UnsafeUploadException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage().substring(code.length() + 2);
    }
}
