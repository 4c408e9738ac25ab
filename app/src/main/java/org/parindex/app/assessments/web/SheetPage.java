package org.parindex.app.assessments.web;

import java.time.LocalDate;
import java.util.List;
import org.parindex.app.assessments.Sheet;
import org.parindex.app.assessments.SheetWorkflow;
import org.parindex.app.assessments.Totals;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.Stage;

/**
 * What the sheet page shows: the period, unit and sheet, the items, totals of the self-assessment and of the
 * stage being appraised, and what the viewer may do now.
 */
public record SheetPage(Period period, String unit, String unitName, Sheet sheet, LocalDate due, Stage stage,
                        List<ItemRow> rows, Totals selfTotals, Totals stageTotals, SheetWorkflow.Gaps gaps,
                        Can can) {

    /** The viewer's allowed actions. */
    public record Can(boolean editSelf, boolean submit, boolean withdraw, boolean addEvidence, boolean appraise,
                      boolean ask, boolean answer) { }

    public boolean appraisalColumns() {
        return period.status().ordinal() >= org.parindex.app.periods.PeriodStatus.APPRAISAL_1.ordinal();
    }

    public boolean finalColumn() {
        return stage == Stage.FINAL;
    }
}
