package org.parindex.app.assessments.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;

/**
 * The rows that count at a stage: per node, the row of that stage, else of the latest stage before it
 * (an item the council has not appraised yet keeps the unit's self-score).
 */
public final class EffectiveRows {

    private EffectiveRows() { }

    public static List<ScoreRow> at(Stage stage, List<ScoreRow> rows) {
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

    /** The row of exactly this stage for a node, or null. */
    public static ScoreRow of(List<ScoreRow> rows, String node, Stage stage) {
        for (ScoreRow r : rows) {
            if (r.node().equals(node) && r.stage() == stage) {
                return r;
            }
        }
        return null;
    }
}
