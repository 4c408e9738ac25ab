package org.parindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;

/**
 * The index with unknown leaves at their best or worst: each unknown leaf's points are carried up its ancestors
 * by their signs; at a capped (bonus or deduction) parent the parent's points become min(cap, points + added).
 */
final class ForecastBounds {
    private final PeriodResult result;
    private final Plan plan;
    private final int[] leafNodes;
    private final int[] top;
    private final int[] topPosition;   // node -> position in top, or -1
    private final boolean[] capped;
    private final boolean[] deduction;
    private final double[] pending;    // per capped node: points added below it, for the unit in hand
    private final List<Integer> waiting = new ArrayList<>();
    private final double[] topDelta;
    private final double[] topPoints;
    private final double[] topMax;

    ForecastBounds(PeriodResult result) {
        this.result = result;
        this.plan = result.plan();
        this.leafNodes = new int[plan.leaves()];
        this.capped = new boolean[plan.size()];
        this.deduction = new boolean[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            deduction[i] = plan.node(i).kind() == NodeKind.DEDUCTION;
            if (plan.leafPosition(i) >= 0) {
                leafNodes[plan.leafPosition(i)] = i;
            } else {
                capped[i] = plan.node(i).kind() != NodeKind.SCORED && !Double.isInfinite(plan.cap(i));
            }
        }
        this.top = plan.topLevel();
        this.topPosition = new int[plan.size()];
        java.util.Arrays.fill(topPosition, -1);
        for (int t = 0; t < top.length; t++) {
            topPosition[top[t]] = t;
        }
        this.pending = new double[plan.size()];
        this.topDelta = new double[top.length];
        this.topPoints = new double[top.length];
        this.topMax = new double[top.length];
    }

    double index(int u, int[] unknownLeaves, boolean best) {
        java.util.Arrays.fill(topDelta, 0);
        for (int leaf : unknownLeaves) {
            int i = leafNodes[leaf];
            if (best != deduction[i]) {
                carry(i, plan.cap(i));
            }
        }
        while (!waiting.isEmpty()) {
            int p = deepest();
            double old = result.points(p, u);
            double change = Math.min(result.maximum(p, u), old + pending[p]) - old;
            pending[p] = 0;
            carry(p, change);
        }
        double rootPoints = result.at(u).points();
        for (int t = 0; t < top.length; t++) {
            topPoints[t] = result.points(top[t], u) + topDelta[t];
            topMax[t] = result.maximum(top[t], u);
            rootPoints += plan.sign(top[t]) * topDelta[t];
        }
        return Engine.index(plan, rootPoints, result.at(u).maximum(), topPoints, topMax);
    }

    /** Node i's points change by x: carry it up to the top, or to the nearest capped parent. */
    private void carry(int i, double x) {
        while (true) {
            int p = plan.parentOf(i);
            if (p < 0) {
                topDelta[topPosition[i]] += x;
                return;
            }
            x *= plan.sign(i);
            if (capped[p]) {
                if (!waiting.contains(p)) {
                    waiting.add(p);
                }
                pending[p] += x;
                return;
            }
            i = p;
        }
    }

    /** The waiting capped node furthest down the tree (largest pre-order position), removed from the list. */
    private int deepest() {
        int at = 0;
        for (int k = 1; k < waiting.size(); k++) {
            if (waiting.get(k) > waiting.get(at)) {
                at = k;
            }
        }
        return waiting.remove(at);
    }
}
