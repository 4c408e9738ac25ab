package org.parindex.app.assessments.policy;

/** A unit's self-assessment sheet: being filled in, or submitted to the council. */
public enum SheetState {
    DRAFT, SUBMITTED
}
