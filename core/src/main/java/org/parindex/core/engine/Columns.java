package org.parindex.core.engine;

/**
 * The result columns of a period being scored: one array of all units per parent (and top-level) node. Nodes are
 * finished in reverse pre-order, so a parent's column is complete when its turn comes.
 */
final class Columns {

    final Plan plan;
    final ScoreSheet sheet;
    final int units;
    final int[] slotOf;
    final double[][] points;
    final double[] rootPoints;
    final double[] rootMax;
    final int[] missing;
    private final int[] group;                 // unit -> group number
    private final double[][] groupMax;         // group number -> node -> applicable maximum
    private final boolean[][] applies;         // group number -> node -> applies
    private final boolean[] everywhere;        // node -> applies to every group of the sheet
    private final double[][] excluded;         // node -> unit -> maximum left out by NA (null while none)
    private double[] scratch;                  // a layered leaf's points before they are added to its parent's

    Columns(ScoreSheet sheet, int[] slotOf, int slots) {
        this.plan = sheet.plan;
        this.sheet = sheet;
        this.units = sheet.units.size();
        this.slotOf = slotOf;
        points = new double[slots][units];
        rootPoints = new double[units];
        rootMax = new double[units];
        missing = new int[units];
        group = sheet.groupOf;
        excluded = new double[plan.size][];
        int groups = sheet.groups.size();
        applies = new boolean[groups][];
        groupMax = new double[groups][];
        double[] rootOfGroup = new double[groups];
        for (int g = 0; g < groups; g++) {
            applies[g] = plan.appliesTo(sheet.groups.get(g));
            groupMax[g] = structuralMax(plan, applies[g]);
            rootOfGroup[g] = rootMax(plan, groupMax[g], applies[g]);
        }
        for (int u = 0; u < units; u++) {
            rootMax[u] = rootOfGroup[group[u]];
        }
        everywhere = plan.applyingToAll(sheet.groups);
    }

    /** Scores leaf i for every unit, straight into its parent's column (or its own, for a top-level leaf). */
    void leaf(int i) {
        int leaf = plan.leafOf[i];
        ScoreSheet.Layer layer = sheet.layer;
        if (layer != null && layer.ownValues[leaf] != null) {
            leaf(i, layer.ownValues[leaf], layer.ownStates[leaf], 0, sheet.withoutValue[leaf]);
        } else if (layer != null && layer.underLeaf[leaf] >= 0) {
            layered(i, leaf, layer);
        } else {
            leaf(i, sheet.values, sheet.states, leaf * units, sheet.withoutValue[leaf]);
        }
    }

    private void leaf(int i, double[] values, byte[] states, int offset, int[] without) {
        double sign = sign(i);
        double[] target = target(i);
        int s = slotOf[i];
        if (s < 0) {
            LeafRules.apply(plan, i, values, offset, units, target, sign, false);
            double added = sign * plan.points(i, 0.0);
            for (int u : without) {
                target[u] += sign * withoutValue(i, u, states[offset + u]) - added;
            }
            return;
        }
        double[] col = points[s];
        LeafRules.apply(plan, i, values, offset, units, col, 1, true);
        for (int u : without) {
            col[u] = withoutValue(i, u, states[offset + u]);
        }
        add(col, target, sign);
    }

    /**
     * A leaf whose cells without a value of their own take those of another sheet (see {@link ScoreSheet.Layer}):
     * the rule applied to the top's column, then the cells taken get the other sheet's points for the leaf (read from
     * {@link LeafPoints}, a fraction of the memory of its values), then the units left without a value are settled as
     * for any leaf. A leaf whose rule gives 0 points at 0.0 adds straight into its parent's column (the cells without
     * a value added nothing); another is scored apart first.
     */
    private void layered(int i, int leaf, ScoreSheet.Layer layer) {
        int s = slotOf[i];
        double sign = sign(i);
        double[] target = target(i);
        boolean direct = s < 0 && plan.points(i, 0.0) == 0;
        double[] col = direct ? target : s >= 0 ? points[s] : scratch();
        double factor = direct ? sign : 1;
        LeafRules.apply(plan, i, sheet.values, leaf * units, units, col, factor, !direct);
        LeafPoints below = layer.under.leafPoints(layer.underLeaf[leaf]);
        char[] code = below.code;
        double[] table = below.table;
        long[] taken = layer.taken[leaf];
        for (int w = 0; w < taken.length; w++) {
            for (long word = taken[w]; word != 0; word &= word - 1) {
                int u = (w << 6) + Long.numberOfTrailingZeros(word);
                col[u] = (direct ? col[u] : 0) + factor * table[code == null ? u : code[u]];   // as below.at(u)
            }
        }
        long[] gaps = layer.missing[leaf];
        countMissing(i, gaps);
        if (!direct) {   // a missing cell earns 0 points, not what the rule gives 0.0
            for (int w = 0; w < gaps.length; w++) {
                for (long word = gaps[w]; word != 0; word &= word - 1) {
                    col[(w << 6) + Long.numberOfTrailingZeros(word)] = 0;
                }
            }
        }
        long[] na = layer.notApplicable[leaf];
        for (int w = 0; w < na.length; w++) {
            for (long word = na[w]; word != 0; word &= word - 1) {
                int u = (w << 6) + Long.numberOfTrailingZeros(word);
                col[u] = (direct ? col[u] : 0) + factor * withoutValue(i, u, ScoreSheet.NA);
            }
        }
        if (!direct) {
            add(col, target, sign);
        }
    }

    private double[] scratch() {
        if (scratch == null) {
            scratch = new double[units];
        }
        return scratch;
    }

    /** Counts leaf i as missing for the units of these bits it applies to, when it is scored (as withoutValue does). */
    private void countMissing(int i, long[] bits) {
        if (plan.kind[i] != Plan.SCORED) {
            return;
        }
        boolean all = everywhere[i];
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                int u = (w << 6) + Long.numberOfTrailingZeros(word);
                if (all || applies[group[u]][i]) {
                    missing[u]++;
                }
            }
        }
    }

    /** The points of a unit that has no value for leaf i: NA as the leaf says, missing or inside a total 0. */
    private double withoutValue(int i, int u, byte state) {
        if (!applies[group[u]][i]) {
            return 0;
        }
        boolean scored = plan.kind[i] == Plan.SCORED;
        if (state == ScoreSheet.NA) {
            boolean full = plan.notApplicable[i] == 0;
            if (!full) {
                exclude(i, u, plan.cap[i]);
            }
            return full && scored ? plan.cap[i] : 0;
        }
        if (state == ScoreSheet.MISSING && scored) {
            missing[u]++;
        }
        return 0;
    }

    /** An NA leaf left out of the maximum: it and every ancestor of the same kind lose its maximum. */
    private void exclude(int i, int u, double amount) {
        byte kind = plan.kind[i];
        int a = i;
        for (; a >= 0 && plan.kind[a] == kind; a = plan.parent[a]) {
            if (excluded[a] == null) {
                excluded[a] = new double[units];
            }
            excluded[a][u] += amount;
        }
        if (a < 0 && kind == Plan.SCORED) {
            rootMax[u] -= amount;
        }
    }

    /** A parent is complete once all its children (which follow it in pre-order) are done. */
    void parent(int i) {
        double[] col = points[slotOf[i]];
        applyTotals(i, col);
        if (plan.kind[i] != Plan.SCORED) {
            for (int u = 0; u < units; u++) {
                col[u] = Math.min(col[u], max(i, u));
            }
        }
        add(col, target(i), sign(i));
    }

    /**
     * Node i's applicable maximum for unit u: its group's structural maximum less what NA items left out; a bonus or
     * deduction parent is capped at its stated maximum. Computed when asked rather than stored per unit.
     */
    double max(int i, int u) {
        double[] out = excluded[i];
        double m = groupMax[group[u]][i] - (out == null ? 0 : out[u]);
        return plan.kind[i] != Plan.SCORED && plan.leafOf[i] < 0 ? Math.min(m, plan.cap[i]) : m;
    }

    private void applyTotals(int i, double[] col) {
        double[][] totals = sheet.totals;
        for (int u = 0; u < units; u++) {
            if (totals[u] != null && !Double.isNaN(totals[u][i]) && applies[group[u]][i]) {
                col[u] = totals[u][i];
            }
        }
    }

    /** Adds a node's column into its parent's; a node that does not apply to a unit's group adds nothing. */
    private void add(double[] col, double[] target, double sign) {
        for (int u = 0; u < units; u++) {
            target[u] += sign * col[u];
        }
    }

    private double[] target(int i) {
        int p = plan.parent[i];
        return p >= 0 ? points[slotOf[p]] : rootPoints;
    }

    private double sign(int i) {
        return plan.sign(i);
    }

    /** Each node's maximum for one unit group, before NA exclusions: scored leaves add up, bonus and deduction apart. */
    private static double[] structuralMax(Plan plan, boolean[] applies) {
        double[] mx = new double[plan.size];
        for (int i = plan.size - 1; i >= 0; i--) {
            if (!applies[i]) {
                mx[i] = 0;
                continue;
            }
            if (plan.leafOf[i] >= 0) {
                mx[i] = plan.cap[i];
            }
            int p = plan.parent[i];
            if (p >= 0 && plan.kind[p] == plan.kind[i]) {
                mx[p] += mx[i];
            }
        }
        return mx;
    }

    private static double rootMax(Plan plan, double[] mx, boolean[] applies) {
        double sum = 0;
        for (int i : plan.topLevel) {
            if (applies[i] && plan.kind[i] == Plan.SCORED) {
                sum += mx[i];
            }
        }
        return sum;
    }
}
