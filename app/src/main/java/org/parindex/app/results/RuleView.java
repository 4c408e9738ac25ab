package org.parindex.app.results;

/** A leaf's rule: its type (manual, yesno, choice, tiers, linear, count) and a language-neutral formula. */
public record RuleView(String type, String formula, boolean lowerIsBetter) {

    /** The rule of a framework leaf, or null for a parent. */
    public static RuleView of(org.parindex.core.framework.Node node) {
        return node.isLeaf() ? org.parindex.app.results.internal.RuleText.of(node) : null;
    }
}
