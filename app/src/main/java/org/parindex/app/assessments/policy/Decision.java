package org.parindex.app.assessments.policy;

import java.util.List;

/**
 * A policy's answer: allowed, or refused with the message key of the reason and its arguments
 * (resolved in the workflow message bundle, e.g. {@code workflow.refused.deadline}).
 */
public record Decision(boolean allowed, String reason, List<Object> args) {

    public static final Decision ALLOW = new Decision(true, null, List.of());

    public Decision {
        args = List.copyOf(args);
    }

    public static Decision refuse(String reason, Object... args) {
        return new Decision(false, "workflow.refused." + reason, List.of(args));
    }

    /** This decision if refused, else the next one. */
    public Decision and(java.util.function.Supplier<Decision> next) {
        return allowed ? next.get() : this;
    }

    /** Throws {@link RefusedException} when refused. */
    public void orThrow() {
        if (!allowed) {
            throw new RefusedException(this);
        }
    }
}
