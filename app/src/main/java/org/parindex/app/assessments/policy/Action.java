package org.parindex.app.assessments.policy;

/** What a user asks to do in the workflow of one unit's sheet or of a whole period. */
public enum Action {
    /** Enter or change a self-score or note of an item. */
    EDIT_SELF_SCORE,
    SUBMIT,
    WITHDRAW,
    /** Attach an evidence file to an item. */
    ADD_EVIDENCE,
    /** Set appraised points and a comment (round 1 or round 2). */
    APPRAISE,
    ASK_EXPLANATION,
    ANSWER_EXPLANATION,
    /** Move the period to its next stage before the lock (open, start a round, ask for explanations). */
    ADVANCE,
    LOCK,
    PUBLISH,
    REOPEN,
    EXTEND_DEADLINE,
    /** Open a new period. */
    OPEN_PERIOD,
    /** See a period's queue of units (the council's view). */
    SEE_QUEUE
}
