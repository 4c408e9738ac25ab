package org.parindex.core.engine;

import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;

/** One unit's result in a period, and the result of every node of its framework. */
public final class UnitResult {

    private final PeriodResult period;
    private final int u;

    UnitResult(PeriodResult period, int u) {
        this.period = period;
        this.u = u;
    }

    public Unit unit() {
        return period.unitAt(u);
    }

    /** The unit's position in its period's result (see {@link PeriodResult#at(int)}). */
    public int position() {
        return u;
    }

    /** True when the unit's row gave this parent node's total points instead of its leaves' values. */
    public boolean totalGiven(String code) {
        int i = period.plan().indexOf(code);
        double[] totals = period.sheet.totals[u];
        return i >= 0 && totals != null && !Double.isNaN(totals[i]);
    }

    public int rank() {
        return period.rank[u];
    }

    /** The index in percent, unrounded. */
    public double index() {
        return period.index[u];
    }

    public Band band() {
        return period.bandOf(u);
    }

    /** Scored points plus bonus minus deductions, over all top-level nodes. */
    public double points() {
        return period.points[u];
    }

    /** The maximum of the applicable scored leaves. */
    public double maximum() {
        return period.maximum[u];
    }

    /** How many applicable scored leaves have no row (they score 0); a bonus or deduction without a row is simply none. */
    public int missing() {
        return period.missing[u];
    }

    /** The node's points (for a bonus or deduction node: the points it adds or takes), NaN for an unknown code. */
    public double points(String code) {
        NodeValue v = node(code);
        return v == null ? Double.NaN : v.points();
    }

    /** The node's applicable maximum (0 when it does not apply), NaN for an unknown code. */
    public double maximum(String code) {
        NodeValue v = node(code);
        return v == null ? Double.NaN : v.maximum();
    }

    /** The node's points over its maximum in percent, capped as the framework says; NaN when its maximum is 0. */
    public double percent(String code) {
        NodeValue v = node(code);
        if (v == null || v.maximum() <= 0) {
            return Double.NaN;
        }
        double p = v.points() / v.maximum() * 100;
        if (period.framework().capAt100() && p > 100) {
            p = 100;
        }
        return p < 0 ? 0 : p;
    }

    /** The value behind a node: points, maximum and, for a leaf, how it was entered. */
    public record NodeValue(Node node, double points, double maximum, Entry entry, double value) { }

    /** How a leaf's value was given. */
    public enum Entry { VALUE, NOT_APPLICABLE, MISSING, IN_TOTAL, PARENT, NOT_FOR_GROUP }

    public NodeValue node(String code) {
        Plan plan = period.plan();
        int i = plan.indexOf(code);
        if (i < 0) {
            return null;
        }
        Node node = plan.node(i);
        boolean[] applies = plan.appliesTo(unit().group());
        if (!applies[i]) {
            return new NodeValue(node, 0, 0, Entry.NOT_FOR_GROUP, Double.NaN);
        }
        int slot = period.slotOf[i];
        if (slot >= 0) {
            if (plan.leafPosition(i) < 0) {
                return new NodeValue(node, period.columns.points[slot][u], period.columns.max(i, u), Entry.PARENT, Double.NaN);
            }
        }
        return leaf(plan, i, node);
    }

    private NodeValue leaf(Plan plan, int i, Node node) {
        ScoreSheet sheet = period.sheet;
        int leaf = plan.leafPosition(i);
        double max = plan.cap[i];
        return switch (sheet.state(leaf, u)) {
            case ScoreSheet.VALUE -> new NodeValue(node, plan.points(i, sheet.value(leaf, u)), max, Entry.VALUE,
                    sheet.value(leaf, u));
            case ScoreSheet.NA -> {
                boolean full = plan.notApplicable[i] == 0;
                yield new NodeValue(node, full && node.kind() == NodeKind.SCORED ? max : 0, full ? max : 0,
                        Entry.NOT_APPLICABLE, Double.NaN);
            }
            case ScoreSheet.IN_TOTAL -> new NodeValue(node, Double.NaN, max, Entry.IN_TOTAL, Double.NaN);
            default -> new NodeValue(node, 0, max, Entry.MISSING, Double.NaN);
        };
    }
}
