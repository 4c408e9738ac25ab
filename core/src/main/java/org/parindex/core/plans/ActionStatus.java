package org.parindex.core.plans;

import java.util.Arrays;
import java.util.Optional;

/** Where an action of an improvement plan stands. */
public enum ActionStatus {
    PLANNED("planned"), IN_PROGRESS("in-progress"), DONE("done"), DROPPED("dropped");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    /** As the plans file writes it: planned, in-progress, done, dropped. */
    public String code() {
        return code;
    }

    /** Still to be done: planned or in progress. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public static Optional<ActionStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
