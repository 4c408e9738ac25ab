package org.parindex.app.assessments.policy;

import java.time.LocalDate;
import org.parindex.app.periods.PeriodStatus;

/**
 * What a decision depends on besides who asks: the period's stage, whether it has a second appraisal round,
 * the unit and its sheet, the unit's deadline for the current stage (its own extension if granted, else the
 * period's; null when none is set), today, whether the item is fed by an indicator or a survey, and whether,
 * during explanations, it is an item the council did not ask about (false when not about one item).
 */
public record Situation(PeriodStatus status, boolean roundTwo, String unit, SheetState sheet, LocalDate due,
                        LocalDate today, boolean external, boolean unaskedItem) {

    public Situation(PeriodStatus status, boolean roundTwo, String unit, SheetState sheet, LocalDate due,
                     LocalDate today, boolean external) {
        this(status, roundTwo, unit, sheet, due, today, external, false);
    }

    public boolean pastDue() {
        return due != null && today.isAfter(due);
    }

    public Situation withStatus(PeriodStatus s) {
        return new Situation(s, roundTwo, unit, sheet, due, today, external, unaskedItem);
    }
}
