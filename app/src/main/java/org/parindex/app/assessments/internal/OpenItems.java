package org.parindex.app.assessments.internal;

import java.util.List;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Framework;

/**
 * How many items of a unit the council still has to appraise at the current round (core's {@link StageRows#open});
 * none while the unit scores itself, and none once the period is locked.
 */
public final class OpenItems {

    private OpenItems() { }

    public static int count(Period period, Framework framework, String group, List<ScoreRow> rows) {
        PeriodStatus status = period.status();
        if (status == PeriodStatus.DRAFT || status == PeriodStatus.SELF_ASSESSMENT || status.isClosed()) {
            return 0;
        }
        return StageRows.open(framework, group, PeriodContext.stageOf(status), rows).size();
    }
}
