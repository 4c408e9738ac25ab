package org.parindex.app.periods;

/** Where an assessment period stands; results of a PUBLISHED period are public. */
public enum PeriodStatus {
    DRAFT, SELF_ASSESSMENT, APPRAISAL, LOCKED, PUBLISHED;

    public boolean isPublished() {
        return this == PUBLISHED;
    }
}
