package org.parindex.app.assessments.policy;

/** Thrown when a policy refuses an action; pages show the decision's reason and nothing is changed. */
public class RefusedException extends RuntimeException {

    private final Decision decision;

    public RefusedException(Decision decision) {
        super(decision.reason() + " " + decision.args());
        this.decision = decision;
    }

    public Decision decision() {
        return decision;
    }
}
