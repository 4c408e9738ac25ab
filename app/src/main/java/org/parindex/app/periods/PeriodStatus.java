package org.parindex.app.periods;

/**
 * Where an assessment period stands, in the order of its life-cycle: draft, open for self-assessment, appraisal
 * round 1, explanations, appraisal round 2 (optional per period), locked, published. Results of a PUBLISHED
 * period are public.
 */
public enum PeriodStatus {
    DRAFT, SELF_ASSESSMENT, APPRAISAL_1, EXPLANATIONS, APPRAISAL_2, LOCKED, PUBLISHED;

    public boolean isPublished() {
        return this == PUBLISHED;
    }

    /** True while appraisers set points (round 1 or round 2). */
    public boolean isAppraisal() {
        return this == APPRAISAL_1 || this == APPRAISAL_2;
    }

    /** True once the period is locked or published: no score changes without re-opening. */
    public boolean isClosed() {
        return this == LOCKED || this == PUBLISHED;
    }
}
