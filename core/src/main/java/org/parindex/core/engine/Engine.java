package org.parindex.core.engine;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.Framework;

/**
 * Scores a whole period in one backwards pass per unit over flat arrays, then ranks the units:
 * by the unrounded index, high to low; equal indices share a rank and the next rank is skipped.
 */
public final class Engine {

    private Engine() { }

    public static PeriodResult score(ScoreSheet sheet) {
        Plan plan = sheet.plan;
        int units = sheet.units.size();
        int n = plan.size;
        int[] slotOf = new int[n];
        int slots = 0;
        for (int i = 0; i < n; i++) {
            slotOf[i] = plan.leafOf[i] < 0 ? slots++ : -1;
        }
        double[] nodePoints = new double[units * slots];
        double[] nodeMax = new double[units * slots];
        double[] points = new double[units];
        double[] maximum = new double[units];
        double[] index = new double[units];
        int[] missing = new int[units];
        double[] pts = new double[n];
        double[] mx = new double[n];
        double[] topPoints = new double[3];   // root accumulators by kind
        for (int u = 0; u < units; u++) {
            missing[u] = scoreUnit(plan, sheet, u, pts, mx, topPoints);
            for (int i = 0; i < n; i++) {
                int s = slotOf[i];
                if (s >= 0) {
                    nodePoints[u * slots + s] = pts[i];
                    nodeMax[u * slots + s] = mx[i];
                }
            }
            points[u] = topPoints[0];
            maximum[u] = topPoints[1];
            index[u] = index(plan.framework, plan, pts, mx, topPoints);
        }
        long[] key = keys(index);
        int[] order = order(sheet, key);
        int[] rank = rank(key, order);
        return new PeriodResult(sheet, slotOf, slots, nodePoints, nodeMax, points, maximum, index, rank, missing, order);
    }

    /** Fills pts and mx for every node of unit u; returns how many applicable leaves had no row. */
    private static int scoreUnit(Plan plan, ScoreSheet sheet, int u, double[] pts, double[] mx, double[] root) {
        int n = plan.size;
        int leaves = plan.leafNode.length;
        int offset = u * leaves;
        boolean[] applies = plan.appliesTo(sheet.units.get(u).group());
        double[] totals = sheet.totals[u];
        Arrays.fill(pts, 0);
        Arrays.fill(mx, 0);
        root[0] = 0;
        root[1] = 0;
        int missing = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (!applies[i]) {
                continue;
            }
            int leaf = plan.leafOf[i];
            byte kind = plan.kind[i];
            if (leaf >= 0) {
                byte state = sheet.states[offset + leaf];
                double max = plan.cap[i];
                if (state == ScoreSheet.VALUE) {
                    pts[i] = plan.points(i, sheet.values[offset + leaf]);
                    mx[i] = max;
                } else if (state == ScoreSheet.NA) {
                    boolean full = plan.notApplicable[i] == 0;
                    pts[i] = full && kind == Plan.SCORED ? max : 0;
                    mx[i] = full ? max : 0;
                } else {
                    mx[i] = max;
                    missing += kind != Plan.SCORED || insideTotal(plan, totals, i) ? 0 : 1;
                }
            } else {
                if (totals != null && !Double.isNaN(totals[i])) {
                    pts[i] = totals[i];
                }
                if (kind != Plan.SCORED) {
                    mx[i] = Math.min(mx[i], plan.cap[i]);
                    pts[i] = Math.min(pts[i], mx[i]);
                }
            }
            int p = plan.parent[i];
            double[] target = p >= 0 ? null : root;
            byte parentKind = p >= 0 ? plan.kind[p] : Plan.SCORED;
            double add = kind == parentKind ? pts[i] : kind == Plan.BONUS ? pts[i] : -pts[i];
            double addMax = kind == parentKind ? mx[i] : 0;
            if (target == null) {
                pts[p] += add;
                mx[p] += addMax;
            } else {
                target[0] += add;
                target[1] += addMax;
            }
        }
        return missing;
    }

    private static boolean insideTotal(Plan plan, double[] totals, int i) {
        if (totals == null) {
            return false;
        }
        for (int a = plan.parent[i]; a >= 0; a = plan.parent[a]) {
            if (!Double.isNaN(totals[a])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Points: total points over total maximum. Weighted: the weighted mean of the top-level scored nodes' %, plus
     * top-level bonus minus deductions as a share of the total maximum, as under points aggregation.
     */
    private static double index(Framework framework, Plan plan, double[] pts, double[] mx, double[] root) {
        double value;
        if (framework.aggregation() == Aggregation.WEIGHTED) {
            double weighted = 0;
            double weights = 0;
            double extra = 0;
            for (int i : plan.topLevel) {
                if (plan.kind[i] != Plan.SCORED) {
                    extra += plan.kind[i] == Plan.BONUS ? pts[i] : -pts[i];
                } else if (mx[i] > 0) {
                    double w = plan.nodes[i].weight() == null ? 1 : plan.nodes[i].weight();
                    weighted += w * Math.min(pts[i] / mx[i] * 100, framework.capAt100() ? 100 : Double.MAX_VALUE);
                    weights += w;
                }
            }
            value = (weights > 0 ? weighted / weights : 0) + (root[1] > 0 ? extra / root[1] * 100 : 0);
        } else {
            value = root[1] > 0 ? root[0] / root[1] * 100 : 0;
        }
        if (framework.capAt100() && value > 100) {
            value = 100;
        }
        return value < 0 ? 0 : value;
    }

    private static int[] order(ScoreSheet sheet, long[] key) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Integer[] order = new Integer[key.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byIndex = (a, b) -> Long.compare(key[b], key[a]);
        Arrays.sort(order, byIndex
                .thenComparing(i -> sheet.units.get(i).name(), collator)
                .thenComparing(i -> sheet.units.get(i).code()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static int[] rank(long[] key, int[] order) {
        int[] rank = new int[key.length];
        for (int pos = 0; pos < order.length; pos++) {
            int u = order[pos];
            boolean tie = pos > 0 && key[u] == key[order[pos - 1]];
            rank[u] = tie ? rank[order[pos - 1]] : pos + 1;
        }
        return rank;
    }

    /** The ranking key: the index to 1e-9, which absorbs the rounding of sums of decimal points, nothing more. */
    private static long[] keys(double[] index) {
        long[] key = new long[index.length];
        for (int i = 0; i < index.length; i++) {
            key[i] = Math.round(index[i] * 1e9);
        }
        return key;
    }
}
