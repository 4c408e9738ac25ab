package org.parindex.app.assessments.policy;

import java.util.List;

/**
 * A policy's answer: allowed, or refused with the message key of the reason and its arguments
 * (resolved in the workflow message bundle, e.g. {@code workflow.refused.deadline}). A refusal is
 * {@code forbidden} when it is about who the user is (403), not about when or what (the page says why).
 */
public record Decision(boolean allowed, boolean forbidden, String reason, List<Object> args) {

    public static final Decision ALLOW = new Decision(true, false, null, List.of());

    public Decision {
        args = List.copyOf(args);
    }

    /** Refused for when or what: the stage, a deadline, a missing value. */
    public static Decision refuse(String reason, Object... args) {
        return new Decision(false, false, "workflow.refused." + reason, List.of(args));
    }

    /** Refused for who the user is: the role, another unit, not signed in. */
    public static Decision forbid(String reason, Object... args) {
        return new Decision(false, true, "workflow.refused." + reason, List.of(args));
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
