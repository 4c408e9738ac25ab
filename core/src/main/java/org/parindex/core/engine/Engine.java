package org.parindex.core.engine;

import java.util.Arrays;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.Framework;

/**
 * Scores a whole period over flat arrays, one node at a time for all units (leaf-major), so that each rule is
 * decoded once per leaf and the inner loops stream through memory; then ranks the units by the unrounded index,
 * high to low; equal indices share a rank and the next rank is skipped.
 */
public final class Engine {

    private Engine() { }

    public static PeriodResult score(ScoreSheet sheet) {
        Plan plan = sheet.plan;
        int units = sheet.units.size();
        int[] slotOf = slots(plan);
        int slots = Arrays.stream(slotOf).max().orElse(-1) + 1;
        Columns c = new Columns(sheet, slotOf, slots);
        for (int i = plan.size - 1; i >= 0; i--) {
            if (plan.leafOf[i] >= 0) {
                c.leaf(i);
            } else {
                c.parent(i);
            }
        }
        double[] index = new double[units];
        for (int u = 0; u < units; u++) {
            index[u] = index(plan.framework, plan, c, slotOf, u);
        }
        Ranking ranking = Ranking.of(sheet, index);
        return new PeriodResult(sheet, slotOf, c, c.rootPoints, c.rootMax, index, ranking.rank, c.missing,
                ranking.order);
    }

    /** Parents and top-level nodes get a result column; other leaves are recomputed on demand. */
    private static int[] slots(Plan plan) {
        int[] slotOf = new int[plan.size];
        int slots = 0;
        for (int i = 0; i < plan.size; i++) {
            slotOf[i] = plan.leafOf[i] < 0 || plan.parent[i] < 0 ? slots++ : -1;
        }
        return slotOf;
    }

    private static double index(Framework framework, Plan plan, Columns c, int[] slotOf, int u) {
        if (framework.aggregation() != Aggregation.WEIGHTED) {
            return index(plan, c.rootPoints[u], c.rootMax[u], null, null);
        }
        int[] top = plan.topLevel;
        double[] points = new double[top.length];
        double[] max = new double[top.length];
        for (int t = 0; t < top.length; t++) {
            points[t] = c.points[slotOf[top[t]]][u];
            max[t] = c.max(top[t], u);
        }
        return index(plan, c.rootPoints[u], c.rootMax[u], points, max);
    }

    /**
     * A unit's index from its total points and maximum and, under weighted aggregation, the points and applicable
     * maximum of each top-level node (in {@link Plan#topLevel()} order; ignored under points aggregation).
     */
    public static double index(Plan plan, double rootPoints, double rootMax, double[] topPoints, double[] topMax) {
        Framework framework = plan.framework;
        double value;
        if (framework.aggregation() == Aggregation.WEIGHTED) {
            double weighted = 0;
            double weights = 0;
            double extra = 0;
            for (int t = 0; t < plan.topLevel.length; t++) {
                int i = plan.topLevel[t];
                double pts = topPoints[t];
                double mx = topMax[t];
                if (plan.kind[i] != Plan.SCORED) {
                    extra += plan.kind[i] == Plan.BONUS ? pts : -pts;
                } else if (mx > 0) {
                    double w = plan.nodes[i].weight() == null ? 1 : plan.nodes[i].weight();
                    weighted += w * Math.min(pts / mx * 100, framework.capAt100() ? 100 : Double.MAX_VALUE);
                    weights += w;
                }
            }
            value = (weights > 0 ? weighted / weights : 0) + (rootMax > 0 ? extra / rootMax * 100 : 0);
        } else {
            value = rootMax > 0 ? rootPoints / rootMax * 100 : 0;
        }
        if (framework.capAt100() && value > 100) {
            value = 100;
        }
        return value < 0 ? 0 : value;
    }

}
