package org.parindex.app.assessments.internal;

import java.util.List;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;

/**
 * The items of a unit the council still has to appraise at the current round: applicable leaves without a row of
 * the round's stage, where a scored leaf always counts and a bonus or deduction leaf only when the unit (or an
 * earlier round) gave it a value. None while the unit scores itself, and none once the period is locked.
 */
public final class OpenItems {

    private OpenItems() { }

    public static int count(Period period, Framework framework, String group, List<ScoreRow> rows) {
        PeriodStatus status = period.status();
        if (status == PeriodStatus.DRAFT || status == PeriodStatus.SELF_ASSESSMENT || status.isClosed()) {
            return 0;
        }
        Stage stage = PeriodContext.stageOf(status);
        int open = 0;
        for (Node n : Items.leaves(framework, group)) {
            if (EffectiveRows.of(rows, n.code(), stage) != null) {
                continue;
            }
            boolean earlier = rows.stream().anyMatch(r -> r.node().equals(n.code())
                    && r.stage().ordinal() < stage.ordinal());
            if (n.kind() == NodeKind.SCORED || earlier) {
                open++;
            }
        }
        return open;
    }
}
