package org.parindex.app.assessments.policy;

import java.time.LocalDate;
import org.parindex.app.periods.PeriodStatus;

/**
 * What a decision depends on besides who asks: the period's stage, whether it has a second appraisal round,
 * the unit and its sheet, the unit's deadline for the current stage (its own extension if granted, else the
 * period's; null when none is set), today, and whether the item is fed by an indicator or a survey.
 */
public record Situation(PeriodStatus status, boolean roundTwo, String unit, SheetState sheet, LocalDate due,
                        LocalDate today, boolean external) {

    public boolean pastDue() {
        return due != null && today.isAfter(due);
    }

    public Situation withStatus(PeriodStatus s) {
        return new Situation(s, roundTwo, unit, sheet, due, today, external);
    }
}
