package org.parindex.app.assessments.web;

import java.time.LocalDate;
import java.util.List;
import org.parindex.app.assessments.Sheet;
import org.parindex.app.assessments.SheetWorkflow;
import org.parindex.app.assessments.Totals;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.NodeKind;

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

    /** The scored items the unit enters itself (not the council's survey or indicator items, not bonus/deduction). */
    public List<ItemRow> ownItems() {
        return rows.stream().filter(r -> r.leaf() && r.node().kind() == NodeKind.SCORED && !r.node().isExternal())
                .toList();
    }

    /** The self-assessed points of the unit's own items (the share it controls), and their maximum. */
    public double ownPoints() {
        return ownItems().stream().mapToDouble(r -> r.self().points() == null || r.self().points().isNaN() ? 0
                : r.self().points()).sum();
    }

    public double ownMaximum() {
        return ownItems().stream().mapToDouble(r -> r.node().max()).sum();
    }

    /** The maximum of the scored items others enter (surveys, indicators): not in the unit's hands. */
    public double othersMaximum() {
        return rows.stream().filter(r -> r.leaf() && r.node().kind() == NodeKind.SCORED && r.node().isExternal())
                .mapToDouble(r -> r.node().max()).sum();
    }

    /** The codes of the unit's own items, for the page's live update of its share. */
    public String ownCodes() {
        return String.join(" ", ownItems().stream().map(r -> r.node().code()).toList());
    }

    /**
     * Items of a field (every field: null) that accepting would settle: no value yet in the round being appraised,
     * but one from an earlier stage to take (as {@code AppraisalController.acceptField} does).
     */
    public long openIn(String field) {
        return rows.stream().filter(r -> r.leaf() && (field == null || r.field().equals(field)))
                .filter(r -> finalColumn() ? r.last().value().isEmpty()
                        && !(r.round1().value().isEmpty() && r.self().value().isEmpty())
                        : r.round1().value().isEmpty() && !r.self().value().isEmpty()).count();
    }
}
