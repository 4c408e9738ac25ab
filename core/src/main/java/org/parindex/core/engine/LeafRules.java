package org.parindex.core.engine;

/**
 * A leaf's rule applied to a whole column of units at once: one tight loop per rule type, the rule decoded once.
 * Units without a value hold 0.0 in the column and are corrected afterwards by the caller.
 */
final class LeafRules {

    private LeafRules() { }

    /** target[u] = points (assign) or target[u] += sign × points (accumulate) for every unit u. */
    static void apply(Plan plan, int i, double[] v, int offset, int units, double[] target, double sign, boolean assign) {
        double cap = plan.cap[i];
        double keep = assign ? 0 : 1;
        switch (plan.ruleType[i]) {
            case Plan.MANUAL -> {
                for (int u = 0; u < units; u++) {
                    target[u] = keep * target[u] + sign * v[offset + u];
                }
            }
            case Plan.YESNO -> {
                double points = sign * cap;   // yes/no values are exactly 1 or 0
                for (int u = 0; u < units; u++) {
                    target[u] = keep * target[u] + points * v[offset + u];
                }
            }
            case Plan.CHOICE -> {
                double[] table = plan.table[i];
                for (int u = 0; u < units; u++) {
                    target[u] = keep * target[u] + sign * table[(int) v[offset + u]];
                }
            }
            case Plan.LINEAR -> {
                double from = plan.p1[i];
                double range = plan.p2[i] - from;
                for (int u = 0; u < units; u++) {
                    double share = (v[offset + u] - from) / range;
                    target[u] = keep * target[u] + sign * (cap * Math.max(0.0, Math.min(1.0, share)));
                }
            }
            case Plan.COUNT -> {
                double per = plan.p1[i];
                for (int u = 0; u < units; u++) {
                    target[u] = keep * target[u] + sign * Math.min(v[offset + u] * per, cap);
                }
            }
            default -> tiers(plan, i, v, offset, units, target, sign, keep);
        }
    }

    /**
     * The first matching tier wins. Random rates make a branch per tier unpredictable, so each tier is tested with
     * arithmetic on the sign bit and its points chosen by a bit mask; going backwards, the last choice is the first tier.
     */
    private static void tiers(Plan plan, int i, double[] v, int offset, int units, double[] target, double sign,
                              double keep) {
        double[] at = plan.table[i];
        long[] bits = new long[at.length];
        for (int t = 0; t < at.length; t++) {
            bits[t] = Double.doubleToRawLongBits(plan.tablePoints[i][t]);
        }
        double direction = plan.atMost[i] ? -1 : 1;
        double[] edge = new double[at.length];
        for (int t = 0; t < at.length; t++) {
            edge[t] = at[t] - direction * 1e-9;
        }
        for (int u = 0; u < units; u++) {
            double x = v[offset + u];
            long p = 0L;   // the bits of 0.0
            for (int t = at.length - 1; t >= 0; t--) {
                long match = (Double.doubleToRawLongBits(direction * (x - edge[t])) >>> 63) - 1;   // -1 when it matches
                p = p & ~match | bits[t] & match;
            }
            target[u] = keep * target[u] + sign * Double.longBitsToDouble(p);
        }
    }
}
