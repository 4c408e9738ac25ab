package org.parindex.core.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A versioned framework (bộ chỉ số): the tree of what is scored, how it aggregates and how it is banded. */
public record Framework(String id, String name, Aggregation aggregation, boolean capAt100, int decimals,
                       List<Band> bands, List<Node> nodes, String issuedBy, boolean demo) {

    public static final String FORMAT = "parindex/framework@1";

    public Framework {
        bands = List.copyOf(bands);
        nodes = List.copyOf(nodes);
    }

    /** Every node, parents before their children (pre-order). */
    public List<Node> allNodes() {
        List<Node> out = new ArrayList<>();
        collect(nodes, out);
        return out;
    }

    private static void collect(List<Node> level, List<Node> out) {
        for (Node n : level) {
            out.add(n);
            collect(n.children(), out);
        }
    }

    /** The leaves (items) that apply to a unit group, with all their ancestors, in the framework's order. */
    public List<Node> leaves(String group) {
        List<Node> out = new ArrayList<>();
        Node.collectLeaves(nodes, group, out);
        return out;
    }

    /** The scored leaves a unit of the group scores itself (not bonus, deduction, indicator or survey items). */
    public List<Node> selfScoredLeaves(String group) {
        return leaves(group).stream().filter(n -> n.kind() == NodeKind.SCORED && !n.isExternal()).toList();
    }

    public Map<String, Node> byCode() {
        Map<String, Node> map = new LinkedHashMap<>();
        for (Node n : allNodes()) {
            map.put(n.code(), n);
        }
        return map;
    }

    /** The node of a code, found by walking the tree (no map is built: a save looks up every item of a sheet). */
    public Optional<Node> node(String code) {
        return Optional.ofNullable(find(nodes, code));
    }

    private static Node find(List<Node> level, String code) {
        for (Node n : level) {
            Node found = n.code().equals(code) ? n : find(n.children(), code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The sum of the scored top-level maxima. */
    public double max() {
        double sum = 0;
        for (Node n : nodes) {
            if (n.kind() == NodeKind.SCORED) {
                sum += n.max();
            }
        }
        return sum;
    }

    /** The band an index (as displayed, rounded to {@link #decimals}) falls in. */
    public Band band(double index) {
        double shown = Numbers.round(index, decimals).doubleValue();
        for (Band band : bands) {
            if (shown >= band.min()) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
