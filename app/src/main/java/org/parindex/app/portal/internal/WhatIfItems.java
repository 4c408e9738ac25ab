package org.parindex.app.portal.internal;

import java.util.ArrayList;
import java.util.List;
import org.parindex.app.results.NodeView;

/** The items of a unit's tree a what-if may change, grouped by top-level field. */
final class WhatIfItems {

    private WhatIfItems() { }

    /** A top-level field and its leaves that apply to the unit (valued, not applicable or missing). */
    record Field(NodeView field, List<NodeView> items) { }

    static List<Field> byField(List<NodeView> tree) {
        List<Field> out = new ArrayList<>();
        for (NodeView field : tree) {
            List<NodeView> items = new ArrayList<>();
            collect(field, items);
            if (!items.isEmpty()) {
                out.add(new Field(field, items));
            }
        }
        return out;
    }

    private static void collect(NodeView node, List<NodeView> into) {
        if (node.isLeaf()) {
            if ("VALUE".equals(node.entry()) || "NOT_APPLICABLE".equals(node.entry()) || "MISSING".equals(node.entry())) {
                into.add(node);
            }
            return;
        }
        node.children().forEach(c -> collect(c, into));
    }
}
