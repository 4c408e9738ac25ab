package org.parindex.app.assessments.internal;

import java.util.ArrayList;
import java.util.List;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;

/** The items (leaves) of a framework that apply to a unit group, in the framework's order. */
public final class Items {

    private Items() { }

    public static List<Node> leaves(Framework framework, String group) {
        List<Node> out = new ArrayList<>();
        collect(framework.nodes(), group, out);
        return out;
    }

    /** The items under one node (a field), or the node itself when it is an item. */
    public static List<Node> leaves(Node top, String group) {
        List<Node> out = new ArrayList<>();
        collect(List.of(top), group, out);
        return out;
    }

    /** Scored leaves the unit must score itself to submit (not bonus, deduction, indicator or survey items). */
    public static List<Node> required(Framework framework, String group) {
        return leaves(framework, group).stream().filter(n -> n.kind() == NodeKind.SCORED && !n.isExternal()).toList();
    }

    public static boolean requiresEvidence(Node n) {
        return "required".equals(n.evidence());
    }

    private static void collect(List<Node> level, String group, List<Node> out) {
        for (Node n : level) {
            if (!n.appliesTo(group)) {
                continue;
            }
            if (n.isLeaf()) {
                out.add(n);
            } else {
                collect(n.children(), group, out);
            }
        }
    }
}
