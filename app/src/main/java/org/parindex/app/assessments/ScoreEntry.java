package org.parindex.app.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.internal.LiveTotals;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.SheetTotals;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.assessments.policy.Action;
import org.parindex.app.assessments.policy.Decision;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.assessments.policy.WorkflowPolicy;
import org.parindex.app.audit.Audit;
import org.parindex.app.periods.Period;
import org.parindex.app.scores.Scores;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the scores of one unit's sheet at the period's current stage: the unit's self-scores, or the council's
 * points of round 1 or round 2. A save names the sheet version it was read at; each changed item is checked by
 * the workflow policy and its value by the item's rule, recorded in the audit trail, and the sheet's totals are
 * recomputed by core and stored. All or nothing.
 */
@Service
public class ScoreEntry {

    /** The outcome of a save: the sheet's new version, how many items changed, and the new totals. */
    public record Saved(int version, int changed, Totals totals) { }

    private final PeriodContext context;
    private final Sheets sheets;
    private final Scores scores;
    private final SheetTotals totals;
    private final LiveTotals liveTotals;
    private final Audit audit;

    ScoreEntry(PeriodContext context, Sheets sheets, Scores scores, SheetTotals totals, Audit audit,
               LiveTotals liveTotals) {
        this.liveTotals = liveTotals;
        this.context = context;
        this.sheets = sheets;
        this.scores = scores;
        this.totals = totals;
        this.audit = audit;
    }

    @Transactional
    public Saved save(Viewer who, String periodCode, String unit, int version, List<ItemInput> items, String reason) {
        if (who.is(Role.VIEWER)) {
            Decision.forbid("role", who.role()).orThrow();   // viewers read; even an empty save is not theirs
        }
        Period period = context.period(periodCode);
        Framework framework = context.framework(period);
        Stage stage = PeriodContext.stageOf(period.status());
        Action action = who.is(Role.UNIT_OFFICER) ? Action.EDIT_SELF_SCORE : Action.APPRAISE;
        List<ScoreRow> rows = scores.ofUnit(periodCode, unit);
        List<ItemInput> changes = new ArrayList<>();
        for (ItemInput in : items) {
            Node node = leaf(framework, in.node());
            ScoreRow old = StageRows.exact(rows, node.code(), stage);
            if (!Objects.equals(old == null ? null : old.value(), in.cleanValue())
                    || !Objects.equals(old == null ? "" : old.note(), in.cleanNote())) {
                WorkflowPolicy.require(who, action, context.situation(period, unit, node));
                check(node, in);
                changes.add(in);
            }
        }
        if (changes.isEmpty()) {
            return new Saved(sheets.get(periodCode, unit).version(), 0, totals(period, framework, unit, stage));
        }
        int next = sheets.claim(periodCode, unit, version);
        for (ItemInput in : changes) {
            ScoreRow old = StageRows.exact(rows, in.node(), stage);
            scores.put(periodCode, unit, in.node(), stage, in.cleanValue(), in.cleanNote(), who.username());
            String oldValue = old == null ? null : old.value();
            if (!Objects.equals(oldValue, in.cleanValue())) {
                audit.change(who.username(), "score." + stage.code(), periodCode, unit, in.node(), oldValue,
                        in.cleanValue(), reason);
            }
            String oldNote = old == null ? "" : old.note();
            if (!Objects.equals(oldNote, in.cleanNote())) {
                audit.change(who.username(), "note." + stage.code(), periodCode, unit, in.node(), oldNote,
                        in.cleanNote(), reason);
            }
        }
        Totals t = totals(period, framework, unit, stage);
        totals.store(periodCode, unit, stage, t);
        return new Saved(next, changes.size(), t);
    }

    /** The totals that count now at a stage, computed by core from the stored rows. */
    @Transactional(readOnly = true)
    public Totals totals(String periodCode, String unit, Stage stage) {
        Period period = context.period(periodCode);
        return totals(period, context.framework(period), unit, stage);
    }

    /**
     * Totals as saving the typed values would leave them (nothing is saved): each typed item replaces this stage's
     * row, a blank one removes it (the item then counts as an earlier stage has it, as after a save), and the rows
     * that count at the stage are scored by core exactly as {@link #totals} does after a save. A value the rule
     * does not read (which saving would refuse) counts as blank.
     */
    @Transactional(readOnly = true)
    public Totals preview(String periodCode, String unit, Stage stage, List<ItemInput> typed) {
        Period period = context.period(periodCode);
        Framework framework = context.framework(period);
        List<ScoreRow> rows = new ArrayList<>(scores.ofUnit(periodCode, unit));
        for (ItemInput in : typed) {
            Node node = framework.node(in.node()).orElse(null);
            if (node == null || !node.isLeaf()) {
                continue;
            }
            rows.removeIf(r -> r.node().equals(in.node()) && r.stage() == stage);
            if (in.cleanValue() != null && node.check(in.cleanValue()).isEmpty()) {
                rows.add(new ScoreRow(unit, in.node(), in.cleanValue(), "", stage, "", rows.size() + 2));
            }
        }
        return liveTotals.of(period, framework, context.unit(period, unit), StageRows.counting(stage, rows), stage);
    }

    private Totals totals(Period period, Framework framework, String unit, Stage stage) {
        List<ScoreRow> rows = StageRows.counting(stage, scores.ofUnit(period.code(), unit));
        return liveTotals.of(period, framework, context.unit(period, unit), rows, stage);
    }

    private static Node leaf(Framework framework, String code) {
        Node node = framework.node(code).orElseThrow(() -> new NotFoundException("item " + code));
        if (!node.isLeaf()) {
            throw new RefusedException(Decision.refuse("notLeaf", code));
        }
        return node;
    }

    /** The value must be what the item's rule reads (NA only where the item allows it). */
    private static void check(Node node, ItemInput in) {
        ItemInput.requireAtMost(node.code(), in.cleanValue(), ItemInput.MAX_VALUE);
        ItemInput.requireAtMost(node.code(), in.cleanNote(), ItemInput.MAX_NOTE);
        String v = in.cleanValue();
        if (v != null) {
            node.check(v).ifPresent(why -> {
                throw new RefusedException(Decision.refuse("invalidValue", node.code(), v, why));
            });
        }
    }
}
