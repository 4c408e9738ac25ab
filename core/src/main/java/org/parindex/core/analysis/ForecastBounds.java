package org.parindex.core.analysis;

import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.NodeKind;

/**
 * The index with unknown leaves at their best or worst, as corrections of the forecast. While the forecast is
 * filled, each unknown leaf's full points are added, leaf by leaf for all units, to the column of the nearest
 * capped (bonus or deduction) ancestor or else of its top-level node, signs carried on the way: scored and bonus
 * leaves for the high bound, deductions for the low bound. Then, per unit, each capped node (deepest first) takes
 * min(cap, points + added) and passes on what changed, and the index is recomputed from the top-level nodes.
 */
final class ForecastBounds {
    private final Plan plan;
    private final int units;
    private final int[] top;
    private final int[] capped;        // the capped parents, deepest (largest pre-order position) first
    private final int[] slotOf;        // capped node -> its column; top-level node t -> column capped.length + t
    private final int[] targetOf;      // node -> the column its points change is carried to
    private final double[] signTo;     // node -> the product of the signs on the way there
    private final boolean[] deduction;
    private final double[][] high;     // column -> unit -> points added, null while none
    private final double[][] low;

    ForecastBounds(Plan plan, int units) {
        this.plan = plan;
        this.units = units;
        this.top = plan.topLevel();
        int size = plan.size();
        this.slotOf = new int[size];
        this.deduction = new boolean[size];
        int cappedCount = 0;
        for (int i = size - 1; i >= 0; i--) {
            deduction[i] = plan.node(i).kind() == NodeKind.DEDUCTION;
            slotOf[i] = -1;
            if (isCapped(i)) {
                slotOf[i] = cappedCount++;
            }
        }
        this.capped = new int[cappedCount];
        for (int i = 0; i < size; i++) {
            if (slotOf[i] >= 0) {
                capped[slotOf[i]] = i;
            }
        }
        this.targetOf = new int[size];
        this.signTo = new double[size];
        for (int i = 0; i < size; i++) {
            route(i);
        }
        this.high = new double[cappedCount + top.length][];
        this.low = new double[high.length][];
    }

    private boolean isCapped(int i) {
        return plan.leafPosition(i) < 0 && plan.node(i).kind() != NodeKind.SCORED && !Double.isInfinite(plan.cap(i));
    }

    /** Where a change of node i's points goes: up to the nearest capped parent, or to its top-level node. */
    private void route(int i) {
        double sign = 1;
        for (int at = i; ; ) {
            int p = plan.parentOf(at);
            if (p < 0) {
                for (int t = 0; t < top.length; t++) {
                    if (top[t] == at) {
                        targetOf[i] = capped.length + t;
                    }
                }
                signTo[i] = sign;
                return;
            }
            sign *= plan.sign(at);
            if (slotOf[p] >= 0) {
                targetOf[i] = slotOf[p];
                signTo[i] = sign;
                return;
            }
            at = p;
        }
    }

    /**
     * The column that an unknown leaf (at node position i) adds its {@link #step} to, at each unit where it is
     * unknown; add in increasing leaf order.
     */
    double[] column(int i) {
        double[][] columns = deduction[i] ? low : high;
        int target = targetOf[i];
        if (columns[target] == null) {
            columns[target] = new double[units];
        }
        return columns[target];
    }

    /** What an unknown leaf adds to its column: its full points, with the signs on the way. */
    double step(int i) {
        return signTo[i] * plan.cap(i);
    }

    /**
     * Every unit's index with its unknown leaves at their best (the high bound) or worst (the low bound); a unit
     * without unknown leaves keeps its forecast. Call once for each bound, after the last leaf is filled.
     */
    double[] indices(PeriodResult result, int[] unknown, boolean best) {
        double[][] added = best ? high : low;
        for (int p : capped) {
            double[] pending = added[slotOf[p]];
            if (pending == null) {
                continue;
            }
            int target = targetOf[p];
            if (added[target] == null) {
                added[target] = new double[units];
            }
            for (int u = 0; u < units; u++) {
                if (pending[u] != 0) {
                    double old = result.points(p, u);
                    added[target][u] += signTo[p] * (Math.min(result.maximum(p, u), old + pending[u]) - old);
                }
            }
        }
        double[] out = new double[units];
        if (plan.framework().aggregation() == Aggregation.WEIGHTED) {
            weighted(result, unknown, added, out);
            return out;
        }
        double[] root = new double[units];   // each unit's points, then what every top-level node adds, in order
        boolean[] changed = new boolean[units];
        for (int u = 0; u < units; u++) {
            root[u] = result.at(u).points();
        }
        for (int t = 0; t < top.length; t++) {
            double[] delta = added[capped.length + t];
            if (delta != null) {
                double sign = plan.sign(top[t]);
                for (int u = 0; u < units; u++) {
                    root[u] += sign * delta[u];
                    changed[u] |= delta[u] != 0;
                }
            }
        }
        for (int u = 0; u < units; u++) {
            out[u] = changed[u] ? Engine.index(plan, root[u], result.at(u).maximum(), null, null)
                    : result.index(u);   // what the formula gives when nothing is added
        }
        return out;
    }

    /** As above under weighted aggregation, which needs each top-level node's points and maximum. */
    private void weighted(PeriodResult result, int[] unknown, double[][] added, double[] out) {
        double[] topPoints = new double[top.length];
        double[] topMax = new double[top.length];
        for (int u = 0; u < units; u++) {
            if (unknown[u] == 0 || !changed(added, u)) {
                out[u] = result.index(u);
                continue;
            }
            UnitResult r = result.at(u);
            double rootPoints = r.points();
            for (int t = 0; t < top.length; t++) {
                double[] delta = added[capped.length + t];
                double d = delta == null ? 0 : delta[u];
                rootPoints += plan.sign(top[t]) * d;
                topPoints[t] = result.points(top[t], u) + d;
                topMax[t] = result.maximum(top[t], u);
            }
            out[u] = Engine.index(plan, rootPoints, r.maximum(), topPoints, topMax);
        }
    }

    /** True when some top-level node of the unit gains or loses points. */
    private boolean changed(double[][] added, int u) {
        for (int t = 0; t < top.length; t++) {
            double[] delta = added[capped.length + t];
            if (delta != null && delta[u] != 0) {
                return true;
            }
        }
        return false;
    }
}
