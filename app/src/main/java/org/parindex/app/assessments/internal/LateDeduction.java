package org.parindex.app.assessments.internal;

import java.util.ArrayList;
import java.util.List;
import org.parindex.app.audit.Audit;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.LateSubmission;
import org.parindex.core.framework.Node;

/**
 * Writes core's late-submission deduction ({@link LateSubmission}) as the unit's self-stage rows, by the system,
 * audited with the reason "nộp muộn".
 */
public final class LateDeduction {

    public static final String ACTOR = "system";
    public static final String REASON = "nộp muộn";

    private LateDeduction() { }

    /** Applies the deduction to one unit's sheet; returns the codes of the leaves that changed. */
    public static List<String> apply(Framework framework, String group, String period, String unit,
                                     org.parindex.app.scores.Scores scores, Audit audit) {
        List<ScoreRow> rows = scores.ofUnit(period, unit);
        List<String> changed = new ArrayList<>();
        for (Node leaf : LateSubmission.leaves(framework, group)) {
            ScoreRow old = StageRows.exact(rows, leaf.code(), Stage.SELF);
            String before = old == null ? null : old.value();
            String after = LateSubmission.next(leaf, before);
            if (after.equals(before)) {
                continue;
            }
            scores.put(period, unit, leaf.code(), Stage.SELF, after, old == null ? REASON : old.note(), ACTOR);
            audit.change(ACTOR, "score." + Stage.SELF.code(), period, unit, leaf.code(), before, after, REASON);
            changed.add(leaf.code());
        }
        return changed;
    }
}
