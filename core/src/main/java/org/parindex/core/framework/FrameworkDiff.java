package org.parindex.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one framework version to another, node by node (matched by code), so that a council can see
 * what a new decision changes before a period uses it.
 */
public final class FrameworkDiff {

    /** How a node differs: only in the newer version, only in the older, or in both with other settings. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One node's difference.
     *
     * @param before the node in the older version, null when added
     * @param after  the node in the newer version, null when removed
     * @param fields the settings that differ (name, max, rule, kind, evidence, source, notApplicable, unitGroups,
     *               weight, parent), empty unless CHANGED
     */
    public record Change(String code, Kind kind, Node before, Node after, List<String> fields) { }

    private FrameworkDiff() { }

    /** Every node that differs, in the newer version's order, then the removed ones in the older version's order. */
    public static List<Change> between(Framework older, Framework newer) {
        Map<String, Node> was = older.byCode();
        Map<String, Node> is = newer.byCode();
        Map<String, String> parentWas = parents(older);
        Map<String, String> parentIs = parents(newer);
        List<Change> changes = new ArrayList<>();
        for (Node n : is.values()) {
            Node o = was.get(n.code());
            if (o == null) {
                changes.add(new Change(n.code(), Kind.ADDED, null, n, List.of()));
                continue;
            }
            List<String> fields = fields(o, n);
            if (!Objects.equals(parentWas.get(n.code()), parentIs.get(n.code()))) {
                fields.add("parent");
            }
            if (!fields.isEmpty()) {
                changes.add(new Change(n.code(), Kind.CHANGED, o, n, List.copyOf(fields)));
            }
        }
        for (Node o : was.values()) {
            if (!is.containsKey(o.code())) {
                changes.add(new Change(o.code(), Kind.REMOVED, o, null, List.of()));
            }
        }
        return changes;
    }

    /** The framework-wide settings that differ: aggregation, capAt100, decimals, bands, max. */
    public static List<String> settings(Framework older, Framework newer) {
        List<String> out = new ArrayList<>();
        if (older.aggregation() != newer.aggregation()) {
            out.add("aggregation");
        }
        if (older.capAt100() != newer.capAt100()) {
            out.add("capAt100");
        }
        if (older.decimals() != newer.decimals()) {
            out.add("decimals");
        }
        if (!older.bands().equals(newer.bands())) {
            out.add("bands");
        }
        if (!Numbers.same(older.max(), newer.max())) {
            out.add("max");
        }
        return out;
    }

    private static List<String> fields(Node o, Node n) {
        List<String> fields = new ArrayList<>();
        compare(fields, "name", o.name(), n.name());
        if (!Numbers.same(o.max(), n.max())) {
            fields.add("max");
        }
        compare(fields, "rule", o.rule(), n.rule());
        compare(fields, "kind", o.kind(), n.kind());
        compare(fields, "evidence", o.evidence(), n.evidence());
        compare(fields, "source", o.source(), n.source());
        compare(fields, "notApplicable", o.notApplicable(), n.notApplicable());
        compare(fields, "unitGroups", o.unitGroups(), n.unitGroups());
        compare(fields, "weight", o.weight(), n.weight());
        return fields;
    }

    private static void compare(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private static Map<String, String> parents(Framework framework) {
        Map<String, String> parents = new java.util.HashMap<>();
        for (Node n : framework.allNodes()) {
            for (Node c : n.children()) {
                parents.put(c.code(), n.code());
            }
        }
        return parents;
    }
}
