package org.parindex.app.periods;

/** The order of a period's stages: round 2 is skipped where the period has none. */
public final class StageOrder {

    private StageOrder() { }

    /** The stage after {@code s}; PUBLISHED has none. */
    public static PeriodStatus next(PeriodStatus s, boolean roundTwo) {
        return switch (s) {
            case DRAFT -> PeriodStatus.SELF_ASSESSMENT;
            case SELF_ASSESSMENT -> PeriodStatus.APPRAISAL_1;
            case APPRAISAL_1 -> PeriodStatus.EXPLANATIONS;
            case EXPLANATIONS -> roundTwo ? PeriodStatus.APPRAISAL_2 : PeriodStatus.LOCKED;
            case APPRAISAL_2 -> PeriodStatus.LOCKED;
            case LOCKED -> PeriodStatus.PUBLISHED;
            case PUBLISHED -> throw new IllegalStateException("a published period has no next stage");
        };
    }

    /** Where a re-opened period goes back to: the last appraisal round. */
    public static PeriodStatus reopened(boolean roundTwo) {
        return roundTwo ? PeriodStatus.APPRAISAL_2 : PeriodStatus.APPRAISAL_1;
    }
}
