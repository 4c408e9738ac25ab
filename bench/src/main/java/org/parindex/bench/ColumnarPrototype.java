package org.parindex.bench;

import java.util.List;
import java.util.Map;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Rule;

/**
 * NOT the engine: a measuring stick for the engine report. The same points arithmetic laid out leaf-major
 * ({@code leaf * units + unit}) so that the rule switch runs once per leaf instead of once per unit and leaf, and the
 * inner loops over units are branch-free. Produces every parent node's points and maximum and every unit's index
 * (no ranking). Used only by {@link EngineBenchmark#columnarPrototype}.
 */
final class ColumnarPrototype {

    static final byte MISSING = 0, VALUE = 1, NA = 2;

    final int units;
    final int size;
    final Node[] nodes;
    final int[] parent;
    final int[] leafOf;
    final int[] slotOf;
    final int slots;
    final boolean[][] appliesByGroup;   // node -> group index -> applies
    final int[] groupOf;                // unit -> group index
    final double[] values;              // leaf * units + unit
    final byte[] states;

    ColumnarPrototype(Framework framework, List<Unit> unitList, List<ScoreRow> rows) {
        List<Node> all = framework.allNodes();
        size = all.size();
        nodes = all.toArray(new Node[0]);
        units = unitList.size();
        parent = new int[size];
        leafOf = new int[size];
        slotOf = new int[size];
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
            index.put(nodes[i].code(), i);
        }
        int leaves = 0;
        int s = 0;
        for (int i = 0; i < size; i++) {
            parent[i] = -1;
            leafOf[i] = nodes[i].isLeaf() ? leaves++ : -1;
            slotOf[i] = nodes[i].isLeaf() ? -1 : s++;
        }
        slots = s;
        for (int i = 0; i < size; i++) {
            for (Node c : nodes[i].children()) {
                parent[index.get(c.code())] = i;
            }
        }
        List<String> groups = SyntheticPeriod.GROUPS;
        appliesByGroup = new boolean[size][groups.size()];
        for (int i = 0; i < size; i++) {
            for (int g = 0; g < groups.size(); g++) {
                appliesByGroup[i][g] = nodes[i].appliesTo(groups.get(g)) && (parent[i] < 0 || appliesByGroup[parent[i]][g]);
            }
        }
        groupOf = new int[units];
        Map<String, Integer> unitIndex = new java.util.HashMap<>();
        for (int u = 0; u < units; u++) {
            groupOf[u] = groups.indexOf(unitList.get(u).group());
            unitIndex.put(unitList.get(u).code(), u);
        }
        values = new double[leaves * units];
        states = new byte[leaves * units];
        for (ScoreRow r : rows) {
            int i = index.get(r.node());
            int at = leafOf[i] * units + unitIndex.get(r.unit());
            if (r.notApplicable()) {
                states[at] = NA;
            } else {
                values[at] = nodes[i].rule().read(r.value(), nodes[i].max());
                states[at] = VALUE;
            }
        }
    }

    /** Returns the index of every unit; fills parent points and maxima column-wise as the engine keeps them. */
    double[] score() {
        double[] nodePoints = new double[slots * units];
        double[] nodeMax = new double[slots * units];
        double[] rootPoints = new double[units];
        double[] rootMax = new double[units];
        for (int i = size - 1; i >= 0; i--) {
            Node node = nodes[i];
            int p = parent[i];
            NodeKind parentKind = p >= 0 ? nodes[p].kind() : NodeKind.SCORED;
            double sign = node.kind() == parentKind || node.kind() == NodeKind.BONUS ? 1 : -1;
            double share = node.kind() == parentKind ? 1 : 0;
            double[] tp = p >= 0 ? nodePoints : rootPoints;
            double[] tm = p >= 0 ? nodeMax : rootMax;
            int to = p >= 0 ? slotOf[p] * units : 0;
            if (leafOf[i] >= 0) {
                leafColumn(node, leafOf[i], appliesByGroup[i], sign, share, tp, tm, to);
            } else {
                int o = slotOf[i] * units;
                if (node.kind() != NodeKind.SCORED) {
                    double cap = node.stated() != null ? node.max() : Double.POSITIVE_INFINITY;
                    for (int u = 0; u < units; u++) {
                        nodeMax[o + u] = Math.min(nodeMax[o + u], cap);
                        nodePoints[o + u] = Math.min(nodePoints[o + u], nodeMax[o + u]);
                    }
                }
                for (int u = 0; u < units; u++) {
                    tp[to + u] += sign * nodePoints[o + u];
                    tm[to + u] += share * nodeMax[o + u];
                }
            }
        }
        double[] index = new double[units];
        for (int u = 0; u < units; u++) {
            double v = rootMax[u] > 0 ? rootPoints[u] / rootMax[u] * 100 : 0;
            index[u] = Math.max(0, Math.min(100, v));
        }
        return index;
    }

    /**
     * One leaf for every unit, added straight into its parent's column: one rule decision per leaf, then a loop
     * whose only data-dependent choices are selects.
     */
    private void leafColumn(Node node, int leaf, boolean[] applies, double sign, double share, double[] tp,
                            double[] tm, int to) {
        int o = leaf * units;
        double max = node.max();
        boolean full = node.notApplicable() == NotApplicable.FULL;
        double naPts = full && node.kind() == NodeKind.SCORED ? max : 0;
        double naMax = full ? max : 0;
        boolean everywhere = true;
        for (boolean a : applies) {
            everywhere &= a;
        }
        Rule rule = node.rule();
        if (rule instanceof Rule.YesNo) {
            for (int u = 0; u < units; u++) {
                double v = values[o + u];
                add(u, o, v >= 0.5 ? max : 0, max, naPts, naMax, sign, share, tp, tm, to);
            }
        } else if (rule instanceof Rule.Manual) {
            for (int u = 0; u < units; u++) {
                add(u, o, values[o + u], max, naPts, naMax, sign, share, tp, tm, to);
            }
        } else if (rule instanceof Rule.Linear l) {
            double from = l.from();
            double scale = 1 / (l.to() - l.from());
            for (int u = 0; u < units; u++) {
                double v = max * Math.max(0, Math.min(1, (values[o + u] - from) * scale));
                add(u, o, v, max, naPts, naMax, sign, share, tp, tm, to);
            }
        } else if (rule instanceof Rule.Count c) {
            double per = c.perOccurrence();
            for (int u = 0; u < units; u++) {
                add(u, o, Math.min(values[o + u] * per, max), max, naPts, naMax, sign, share, tp, tm, to);
            }
        } else if (rule instanceof Rule.Choice c) {
            double[] table = c.options().stream().mapToDouble(Rule.Option::points).toArray();
            for (int u = 0; u < units; u++) {
                add(u, o, table[(int) values[o + u]], max, naPts, naMax, sign, share, tp, tm, to);
            }
        } else {
            Rule.Tiers t = (Rule.Tiers) rule;
            for (int u = 0; u < units; u++) {
                add(u, o, t.points(values[o + u], max), max, naPts, naMax, sign, share, tp, tm, to);
            }
        }
        if (!everywhere) {   // take back what units of other groups got
            for (int u = 0; u < units; u++) {
                if (!applies[groupOf[u]]) {
                    byte st = states[o + u];
                    double p = st == NA ? naPts : 0;   // rows never exist there, so only NA/missing arithmetic
                    tp[to + u] -= sign * p;
                    tm[to + u] -= share * (st == NA ? naMax : max);
                }
            }
        }
    }

    private void add(int u, int o, double points, double max, double naPts, double naMax, double sign, double share,
                     double[] tp, double[] tm, int to) {
        byte st = states[o + u];
        tp[to + u] += sign * (st == VALUE ? points : st == NA ? naPts : 0);
        tm[to + u] += share * (st == NA ? naMax : max);
    }
}
