package org.parindex.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One node of a framework tree: a field, a criterion or a sub-criterion. Leaves carry a rule and a maximum;
 * a parent's maximum is the sum of its scored children.
 *
 * @param stated     the maximum as written in the file, or null (required on leaves)
 * @param source     {@code self}, {@code indicator:<code>} or {@code survey:<code>}
 * @param evidence   {@code required}, {@code optional} or {@code none}
 * @param unitGroups the unit groups the node applies to; empty means all
 * @param weight     read on top-level nodes under weighted aggregation, else null
 * @param line       where the node starts in its file, for messages
 */
public record Node(String code, String name, NodeKind kind, Double stated, Rule rule, String evidence, String source,
                   NotApplicable notApplicable, Set<String> unitGroups, Double weight, String description,
                   List<Node> children, int line) {

    /** The value a scores file holds for an item that does not apply to the unit. */
    public static final String NOT_APPLICABLE = "NA";

    public Node {
        unitGroups = Set.copyOf(unitGroups);
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The leaf's maximum, or for a parent the sum of its scored children's. */
    public double max() {
        if (isLeaf()) {
            return stated == null ? 0 : stated;
        }
        if (kind != NodeKind.SCORED && stated != null) {
            return stated;
        }
        double sum = 0;
        for (Node child : children) {
            if (child.kind() == kind) {
                sum += child.max();
            }
        }
        return sum;
    }

    /**
     * Why a value as written cannot be this leaf's value, or empty when it can: {@code NA} where the leaf allows
     * it, else what the rule reads.
     */
    public Optional<String> check(String value) {
        if (NOT_APPLICABLE.equals(value)) {
            return notApplicable == NotApplicable.FORBIDDEN ? Optional.of("NA") : Optional.empty();
        }
        return rule.check(value, max());
    }

    public boolean requiresEvidence() {
        return "required".equals(evidence);
    }

    /** The leaves under this node (or the node itself when a leaf) that apply to a unit group, in order. */
    public List<Node> leaves(String group) {
        List<Node> out = new ArrayList<>();
        collectLeaves(List.of(this), group, out);
        return out;
    }

    static void collectLeaves(List<Node> level, String group, List<Node> out) {
        for (Node n : level) {
            if (!n.appliesTo(group)) {
                continue;
            }
            if (n.isLeaf()) {
                out.add(n);
            } else {
                collectLeaves(n.children(), group, out);
            }
        }
    }

    public boolean appliesTo(String group) {
        return unitGroups.isEmpty() || unitGroups.contains(group);
    }

    /** True when the points come from a measured indicator or a survey, not from the unit's self-assessment. */
    public boolean isExternal() {
        return source != null && !source.equals("self");
    }
}
