package org.parindex.app.assessments;

import java.util.List;
import org.parindex.app.assessments.internal.LiveTotals;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.SheetTotals;
import org.parindex.app.audit.Audit;
import org.parindex.app.periods.Period;
import org.parindex.app.scores.Scores;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Framework;
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
    private final LiveTotals liveTotals;
    private final Audit audit;

    FinalPoints(PeriodContext context, Scores scores, SheetTotals totals, Audit audit, LiveTotals liveTotals) {
        this.liveTotals = liveTotals;
        this.context = context;
        this.scores = scores;
        this.totals = totals;
        this.audit = audit;
    }

    void settle(Period period, String unit) {
        Framework framework = context.framework(period);
        var coreUnit = context.unit(period, unit);
        List<ScoreRow> rows = scores.ofUnit(period.code(), unit);
        for (ScoreRow carried : StageRows.carriedToFinal(framework, coreUnit.group(), rows)) {
            scores.put(period.code(), unit, carried.node(), Stage.FINAL, carried.value(), carried.note(), "system");
            audit.change("system", "score.final", period.code(), unit, carried.node(), null, carried.value(), CARRIED);
        }
        List<ScoreRow> last = StageRows.counting(Stage.FINAL, scores.ofUnit(period.code(), unit));
        totals.store(period.code(), unit, Stage.FINAL, liveTotals.of(period, framework, coreUnit, last, Stage.FINAL));
    }
}
