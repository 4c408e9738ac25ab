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
        double[] pts = new double[units];
        double[] mx = new double[units];
        for (int i = size - 1; i >= 0; i--) {
            Node node = nodes[i];
            boolean[] applies = appliesByGroup[i];
            int leaf = leafOf[i];
            if (leaf >= 0) {
                leafColumn(node, leaf, applies, pts, mx);
            } else {
                int o = slotOf[i] * units;
                System.arraycopy(nodePoints, o, pts, 0, units);
                System.arraycopy(nodeMax, o, mx, 0, units);
                if (node.kind() != NodeKind.SCORED) {
                    double cap = node.stated() != null ? node.max() : Double.POSITIVE_INFINITY;
                    for (int u = 0; u < units; u++) {
                        mx[u] = Math.min(mx[u], cap);
                        pts[u] = Math.min(pts[u], mx[u]);
                    }
                    System.arraycopy(pts, 0, nodePoints, o, units);
                    System.arraycopy(mx, 0, nodeMax, o, units);
                }
            }
            int p = parent[i];
            NodeKind parentKind = p >= 0 ? nodes[p].kind() : NodeKind.SCORED;
            double sign = node.kind() == parentKind || node.kind() == NodeKind.BONUS ? 1 : -1;
            double maxShare = node.kind() == parentKind ? 1 : 0;
            double[] tp = p >= 0 ? nodePoints : rootPoints;
            double[] tm = p >= 0 ? nodeMax : rootMax;
            int o = p >= 0 ? slotOf[p] * units : 0;
            for (int u = 0; u < units; u++) {
                tp[o + u] += sign * pts[u];
                tm[o + u] += maxShare * mx[u];
            }
        }
        double[] index = new double[units];
        for (int u = 0; u < units; u++) {
            double v = rootMax[u] > 0 ? rootPoints[u] / rootMax[u] * 100 : 0;
            index[u] = Math.max(0, Math.min(100, v));
        }
        return index;
    }

    /** The points and maximum of one leaf for every unit: one rule decision, then a branch-free loop. */
    private void leafColumn(Node node, int leaf, boolean[] applies, double[] pts, double[] mx) {
        int o = leaf * units;
        double max = node.max();
        boolean full = node.notApplicable() == NotApplicable.FULL;
        double naPts = full && node.kind() == NodeKind.SCORED ? max : 0;
        double naMax = full ? max : 0;
        Rule rule = node.rule();
        if (rule instanceof Rule.YesNo) {
            for (int u = 0; u < units; u++) {
                pts[u] = values[o + u] >= 0.5 ? max : 0;
            }
        } else if (rule instanceof Rule.Manual) {
            System.arraycopy(values, o, pts, 0, units);
        } else if (rule instanceof Rule.Linear l) {
            double from = l.from();
            double scale = 1 / (l.to() - l.from());
            for (int u = 0; u < units; u++) {
                pts[u] = max * Math.max(0, Math.min(1, (values[o + u] - from) * scale));
            }
        } else if (rule instanceof Rule.Count c) {
            double per = c.perOccurrence();
            for (int u = 0; u < units; u++) {
                pts[u] = Math.min(values[o + u] * per, max);
            }
        } else if (rule instanceof Rule.Choice c) {
            double[] table = c.options().stream().mapToDouble(Rule.Option::points).toArray();
            for (int u = 0; u < units; u++) {
                pts[u] = table[(int) values[o + u]];
            }
        } else {
            Rule.Tiers t = (Rule.Tiers) rule;
            for (int u = 0; u < units; u++) {
                pts[u] = t.points(values[o + u], max);
            }
        }
        for (int u = 0; u < units; u++) {
            byte st = states[o + u];
            double p = pts[u];
            boolean on = applies[groupOf[u]];
            pts[u] = !on ? 0 : st == VALUE ? p : st == NA ? naPts : 0;
            mx[u] = !on ? 0 : st == NA ? naMax : max;
        }
    }
}
