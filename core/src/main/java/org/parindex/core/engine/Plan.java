package org.parindex.core.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Rule;

/**
 * A framework compiled to flat arrays in pre-order, so that scoring a unit is one backwards pass
 * over primitive arrays with no object look-ups.
 */
public final class Plan {

    static final byte MANUAL = 0, YESNO = 1, CHOICE = 2, TIERS = 3, LINEAR = 4, COUNT = 5;
    static final byte SCORED = 0, BONUS = 1, DEDUCTION = 2;

    final Framework framework;
    final Node[] nodes;
    final int size;
    final int[] parent;           // -1 for top-level nodes
    final byte[] kind;
    final double[] cap;           // a leaf's max; a bonus or deduction parent's stated max (else +inf)
    final int[] leafOf;           // node -> leaf position, -1 for parents
    final int[] leafNode;         // leaf position -> node
    final byte[] ruleType;
    final double[] p1, p2;        // rule parameters: step/from/perOccurrence, to
    final double[][] table;       // choice points or tier thresholds
    final double[][] tablePoints; // tier points
    final boolean[] atMost;       // tiers compare with atMost
    final byte[] notApplicable;
    final int[] topLevel;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, boolean[]> appliesByGroup = new ConcurrentHashMap<>();

    public Plan(Framework framework) {
        this.framework = framework;
        List<Node> all = framework.allNodes();
        size = all.size();
        nodes = all.toArray(new Node[0]);
        parent = new int[size];
        kind = new byte[size];
        cap = new double[size];
        leafOf = new int[size];
        ruleType = new byte[size];
        p1 = new double[size];
        p2 = new double[size];
        table = new double[size][];
        tablePoints = new double[size][];
        atMost = new boolean[size];
        notApplicable = new byte[size];
        for (int i = 0; i < size; i++) {
            index.put(nodes[i].code(), i);
        }
        int leaves = 0;
        for (int i = 0; i < size; i++) {
            leaves += nodes[i].isLeaf() ? 1 : 0;
        }
        leafNode = new int[leaves];
        topLevel = framework.nodes().stream().mapToInt(n -> index.get(n.code())).toArray();
        int leaf = 0;
        Arrays.fill(parent, -1);
        for (int i = 0; i < size; i++) {
            Node n = nodes[i];
            for (Node child : n.children()) {
                parent[index.get(child.code())] = i;
            }
            kind[i] = (byte) n.kind().ordinal();
            notApplicable[i] = (byte) n.notApplicable().ordinal();
            cap[i] = n.isLeaf() || (n.kind() != NodeKind.SCORED && n.stated() != null) ? n.max() : Double.POSITIVE_INFINITY;
            leafOf[i] = n.isLeaf() ? leaf : -1;
            if (n.isLeaf()) {
                leafNode[leaf++] = i;
                compileRule(i, n.rule());
            }
        }
    }

    private void compileRule(int i, Rule rule) {
        if (rule instanceof Rule.YesNo) {
            ruleType[i] = YESNO;
        } else if (rule instanceof Rule.Choice c) {
            ruleType[i] = CHOICE;
            table[i] = c.options().stream().mapToDouble(Rule.Option::points).toArray();
        } else if (rule instanceof Rule.Tiers t) {
            ruleType[i] = TIERS;
            atMost[i] = t.lowerIsBetter();
            table[i] = t.tiers().stream().mapToDouble(x -> x.atLeast() != null ? x.atLeast() : x.atMost()).toArray();
            tablePoints[i] = t.tiers().stream().mapToDouble(Rule.Tier::points).toArray();
        } else if (rule instanceof Rule.Linear l) {
            ruleType[i] = LINEAR;
            p1[i] = l.from();
            p2[i] = l.to();
        } else if (rule instanceof Rule.Count c) {
            ruleType[i] = COUNT;
            p1[i] = c.perOccurrence();
        } else {
            ruleType[i] = MANUAL;
        }
    }

    /** Points of leaf node {@code i} for a value, as {@link Rule#points} would give, without a virtual call. */
    double points(int i, double v) {
        double max = cap[i];
        switch (ruleType[i]) {
            case MANUAL:
                return v;
            case YESNO:
                return v >= 0.5 ? max : 0;
            case CHOICE:
                return table[i][(int) v];
            case TIERS: {
                double[] at = table[i];
                boolean most = atMost[i];
                for (int t = 0; t < at.length; t++) {
                    if (most ? v <= at[t] + 1e-9 : v >= at[t] - 1e-9) {
                        return tablePoints[i][t];
                    }
                }
                return 0;
            }
            case LINEAR: {
                double share = (v - p1[i]) / (p2[i] - p1[i]);
                return max * (share <= 0 ? 0 : share >= 1 ? 1 : share);
            }
            default:
                return Math.min(v * p1[i], max);
        }
    }

    public Framework framework() {
        return framework;
    }

    public int size() {
        return size;
    }

    public int leaves() {
        return leafNode.length;
    }

    public Node node(int i) {
        return nodes[i];
    }

    /** The node's position in pre-order, or -1 if the framework has no such code. */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    /** The node at a leaf position (the inverse of {@link #leafPosition}). */
    public int leafNode(int leaf) {
        return leafNode[leaf];
    }

    public int leafPosition(int node) {
        return leafOf[node];
    }

    public int parentOf(int node) {
        return parent[node];
    }

    public int[] topLevel() {
        return topLevel.clone();
    }

    /**
     * How node i's points count in its parent's (or, top-level, in the total): +1 when of the same kind as the
     * parent (a top-level node's parent counts as scored) or a bonus; -1 for a deduction under another kind.
     */
    public double sign(int i) {
        int p = parent[i];
        byte parentKind = p >= 0 ? kind[p] : SCORED;
        return kind[i] == parentKind || kind[i] == BONUS ? 1 : -1;
    }

    /** A leaf's maximum; a bonus or deduction parent's stated cap; +infinity for other parents. */
    public double cap(int i) {
        return cap[i];
    }

    /** Whether node i and all its ancestors apply to a unit group. */
    public boolean appliesTo(String group, int i) {
        return appliesTo(group)[i];
    }

    /** For each node, whether it and all its ancestors apply to every one of these unit groups. */
    public boolean[] applyingToAll(List<String> groups) {
        boolean[] all = new boolean[size];
        Arrays.fill(all, true);
        for (String group : groups) {
            boolean[] applies = appliesTo(group);
            for (int i = 0; i < size; i++) {
                all[i] &= applies[i];
            }
        }
        return all;
    }

    /** For each node, whether it and all its ancestors apply to a unit group. */
    public boolean[] applying(String group) {
        return appliesTo(group).clone();
    }

    /** Whether node i (and all its ancestors) applies to a unit group. */
    boolean[] appliesTo(String group) {
        return appliesByGroup.computeIfAbsent(group, g -> {
            boolean[] applies = new boolean[size];
            for (int i = 0; i < size; i++) {
                applies[i] = nodes[i].appliesTo(g) && (parent[i] < 0 || applies[parent[i]]);
            }
            return applies;
        });
    }

    boolean isNotApplicableAllowed(int i) {
        return notApplicable[i] != NotApplicable.FORBIDDEN.ordinal();
    }
}
