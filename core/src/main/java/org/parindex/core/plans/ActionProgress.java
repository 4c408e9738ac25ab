package org.parindex.core.plans;

import java.util.ArrayList;
import java.util.List;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Numbers;

/**
 * Whether an action's linked items improved: each node's points in the plan's period (before) and in the next
 * published period (after), matched by code, and the change of their share of the maximum.
 */
public record ActionProgress(List<NodeChange> nodes) {

    /**
     * One linked node: points and maximum before and after (NaN where the node has no points in that period).
     */
    public record NodeChange(String node, double before, double beforeMax, double after, double afterMax) {

        /** The change of the node's share of its maximum, in percentage points; NaN when either is unknown. */
        public double percentChange() {
            return 100 * (after / afterMax - before / beforeMax);
        }

        public boolean improved() {
            return percentChange() > Numbers.EPSILON;
        }
    }

    /** @param after the unit's result in the next published period */
    public static ActionProgress of(List<String> nodes, UnitResult before, UnitResult after) {
        List<NodeChange> out = new ArrayList<>();
        for (String code : nodes) {
            out.add(new NodeChange(code, points(before, code), maximum(before, code), points(after, code),
                    maximum(after, code)));
        }
        return new ActionProgress(List.copyOf(out));
    }

    /** Points before and after summed over the nodes known in both periods; NaN when none is. */
    public double percentChange() {
        double b = 0, bm = 0, a = 0, am = 0;
        for (NodeChange n : nodes) {
            if (!Double.isNaN(n.percentChange())) {
                b += n.before();
                bm += n.beforeMax();
                a += n.after();
                am += n.afterMax();
            }
        }
        return bm == 0 || am == 0 ? Double.NaN : 100 * (a / am - b / bm);
    }

    private static double points(UnitResult r, String code) {
        return r.node(code) == null || r.maximum(code) <= 0 ? Double.NaN : r.points(code);
    }

    private static double maximum(UnitResult r, String code) {
        return r.node(code) == null ? Double.NaN : r.maximum(code);
    }
}
