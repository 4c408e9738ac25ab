package org.parindex.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Text;

/**
 * A unit's result with some leaf values replaced, every other unit unchanged: the unit alone is re-scored by the
 * engine and its rank found by binary search over the others' indices, so one answer costs microseconds even on
 * national data. Build one per period result and ask it as often as needed (it is thread-safe).
 */
public final class WhatIf {

    private final PeriodResult result;
    private final ScoreSheet sheet;

    private WhatIf(PeriodResult result, ScoreSheet sheet) {
        this.result = result;
        this.sheet = sheet;
    }

    /** Over a result and the sheet it was scored from. */
    public static WhatIf of(PeriodResult result) {
        return new WhatIf(result, result.sheet());
    }

    /** @param sheet the sheet {@code result} was scored from */
    public static WhatIf of(ScoreSheet sheet, PeriodResult result) {
        return new WhatIf(result, sheet);
    }

    /**
     * The actual and the changed result of one unit and their difference.
     *
     * @param changed the unit scored alone with the values replaced: every node's points and %; its own rank() is 1,
     *                the unit's rank among the others is {@code rank}
     */
    public record Outcome(UnitResult actual, double index, Band band, int rank, Map<String, Double> fields,
                          UnitResult changed) {

        public double indexDelta() {
            return index - actual.index();
        }

        /** Positive when the unit would move up. */
        public int rankGain() {
            return actual.rank() - rank;
        }
    }

    /**
     * The unit's result with the given leaves' values (code → value as in a scores file, NA included).
     *
     * @throws BadInputException for an unknown unit or node, or a value the leaf's rule refuses (source "--set"); its
     *         problems say what is wrong in Vietnamese too ({@link org.parindex.core.problem.Problem#message(java.util.Locale)})
     */
    public Outcome apply(String unitCode, Map<String, String> values) {
        int u = result.position(unitCode);
        if (u < 0) {
            throw new BadInputException("--unit", 0, Text.of("noResult", unitCode));
        }
        PeriodResult alone = Engine.score(sheet.withValues(unitCode, values, "--set"));
        UnitResult changed = alone.at(0);
        double index = changed.index();
        Map<String, Double> fields = new LinkedHashMap<>();
        for (Node node : result.framework().nodes()) {
            if (node.kind() == NodeKind.SCORED) {
                fields.put(node.code(), changed.percent(node.code()));
            }
        }
        return new Outcome(result.at(u), index, changed.band(), result.rankAmong(index, u), fields, changed);
    }
}
