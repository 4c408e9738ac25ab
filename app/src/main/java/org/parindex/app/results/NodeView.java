package org.parindex.app.results;

import java.util.List;

/**
 * One node of the framework tree with the unit's result. For a leaf: {@code value} as entered (raw), {@code note},
 * {@code evidence}, and the {@code rule} that turned the value into points. {@code entry} is core's
 * VALUE, NOT_APPLICABLE, MISSING, IN_TOTAL or PARENT. Nodes that do not apply to the unit's group are left out.
 */
public record NodeView(String code, String name, String kind, int depth, double maximum, RuleView rule,
                       String evidenceNeed, String source, String value, String note, String evidence, Double points,
                       Double percent, String entry, List<NodeView> children) {

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
