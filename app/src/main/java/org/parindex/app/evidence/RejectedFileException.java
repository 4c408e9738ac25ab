package org.parindex.app.evidence;

import java.util.List;

/**
 * An upload that was refused (empty, too large, a type not allowed, an unsafe name); nothing was written.
 * {@code reason} is a message key of the workflow bundle, e.g. {@code evidence.refused.type}.
 */
public class RejectedFileException extends RuntimeException {

    private final String reason;
    private final List<Object> args;

    public RejectedFileException(String reason, Object... args) {
        super(reason + " " + List.of(args));
        this.reason = "evidence.refused." + reason;
        this.args = List.of(args);
    }

    public String reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
