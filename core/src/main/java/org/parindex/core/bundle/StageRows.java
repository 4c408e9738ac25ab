package org.parindex.core.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;

/**
 * Which stage's row counts for an item: the row of that stage, else of the latest stage before it (an item the
 * council has not appraised yet keeps the unit's self-score).
 */
public final class StageRows {

    private StageRows() { }

    /** The rows that count at a stage, one per item, relabelled as rows of that stage. */
    public static List<ScoreRow> counting(Stage stage, List<ScoreRow> rows) {
        Map<String, ScoreRow> best = new LinkedHashMap<>();
        for (ScoreRow r : rows) {
            if (r.stage().ordinal() > stage.ordinal()) {
                continue;
            }
            ScoreRow current = best.get(r.node());
            if (current == null || current.stage().ordinal() < r.stage().ordinal()) {
                best.put(r.node(), r);
            }
        }
        List<ScoreRow> out = new ArrayList<>();
        int line = 2;
        for (ScoreRow r : best.values()) {
            out.add(new ScoreRow(r.unit(), r.node(), r.value(), r.note(), stage, r.evidence(), line++));
        }
        return out;
    }

    /** The row of exactly this stage for an item, or null. */
    public static ScoreRow exact(List<ScoreRow> rows, String node, Stage stage) {
        for (ScoreRow r : rows) {
            if (r.node().equals(node) && r.stage() == stage) {
                return r;
            }
        }
        return null;
    }

    /**
     * At the lock, the final rows of one unit's items that have none yet: each keeps the points that counted until
     * then (round 1, else the self-score). Items nobody scored get no row.
     */
    public static List<ScoreRow> carriedToFinal(Framework framework, String group, List<ScoreRow> rows) {
        List<ScoreRow> out = new ArrayList<>();
        for (Node n : framework.leaves(group)) {
            if (exact(rows, n.code(), Stage.FINAL) != null) {
                continue;
            }
            ScoreRow before = exact(rows, n.code(), Stage.APPRAISAL1);
            if (before == null) {
                before = exact(rows, n.code(), Stage.SELF);
            }
            if (before != null) {
                out.add(new ScoreRow(before.unit(), n.code(), before.value(), before.note(), Stage.FINAL,
                        before.evidence(), before.line()));
            }
        }
        return out;
    }

    /**
     * The items the council still has to appraise at a round's stage: applicable leaves without a row of that
     * stage, where a scored leaf always counts and a bonus or deduction leaf only when an earlier stage gave it a value.
     */
    public static List<Node> open(Framework framework, String group, Stage stage, List<ScoreRow> rows) {
        List<Node> out = new ArrayList<>();
        for (Node n : framework.leaves(group)) {
            if (exact(rows, n.code(), stage) != null) {
                continue;
            }
            boolean earlier = rows.stream().anyMatch(r -> r.node().equals(n.code())
                    && r.stage().ordinal() < stage.ordinal());
            if (n.kind() == NodeKind.SCORED || earlier) {
                out.add(n);
            }
        }
        return out;
    }
}
