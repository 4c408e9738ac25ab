package org.parindex.app.assessments;

import java.util.List;
import org.parindex.app.assessments.internal.EffectiveRows;
import org.parindex.app.assessments.internal.Items;
import org.parindex.app.assessments.internal.LiveTotals;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.SheetTotals;
import org.parindex.app.audit.Audit;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Component;

/**
 * At the lock, every item the last round did not touch keeps the points that counted until then (round 1,
 * else the self-score): they become final rows, each an audit entry, so the results come from final rows only.
 */
@Component
class FinalPoints {

    static final String CARRIED = "carried over at lock";

    private final PeriodContext context;
    private final Scores scores;
    private final SheetTotals totals;
    private final Audit audit;

    FinalPoints(PeriodContext context, Scores scores, SheetTotals totals, Audit audit) {
        this.context = context;
        this.scores = scores;
        this.totals = totals;
        this.audit = audit;
    }

    void settle(Period period, String unit) {
        Framework framework = context.framework(period);
        var coreUnit = context.unit(period, unit);
        List<ScoreRow> rows = scores.ofUnit(period.code(), unit);
        for (Node n : Items.leaves(framework, coreUnit.group())) {
            if (EffectiveRows.of(rows, n.code(), Stage.FINAL) != null) {
                continue;
            }
            ScoreRow before = EffectiveRows.of(rows, n.code(), Stage.APPRAISAL1);
            if (before == null) {
                before = EffectiveRows.of(rows, n.code(), Stage.SELF);
            }
            if (before != null) {
                scores.put(period.code(), unit, n.code(), Stage.FINAL, before.value(), before.note(), "system");
                audit.change("system", "score.final", period.code(), unit, n.code(), null, before.value(), CARRIED);
            }
        }
        List<ScoreRow> last = EffectiveRows.at(Stage.FINAL, scores.ofUnit(period.code(), unit));
        totals.store(period.code(), unit, Stage.FINAL, LiveTotals.of(period, framework, coreUnit, last, Stage.FINAL));
    }
}
