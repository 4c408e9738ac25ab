package org.parindex.core.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parindex.core.analysis.Forecast.Origin;
import org.parindex.core.analysis.Forecast.Sources;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;

/** Fills one leaf for every unit. */
final class ForecastFill {
    private final Plan plan;
    private final Sources s;
    private final int leaf;
    private final int nodeIndex;
    private final Node node;
    private Node previousNode;
    private final LocalDate asOf;
    private final int[][] stagePos;
    private final int[][] previousPos;
    private final ScoreSheet.Builder builder;
    private final byte[] origins;
    private final int[] unknown;

    private final List<String> groups;
    private final int[] groupOf;
    private final int[] singlePredecessors;
    private final boolean[] identity;
    private final boolean hasTotals;
    private boolean[] applies;

    ForecastFill(Plan plan, Sources s, int leaf, LocalDate asOf, int[][] stagePos, int[][] previousPos,
             ScoreSheet.Builder builder, byte[] origins, int[] unknown, List<String> groups, int[] groupOf,
             int[] singlePredecessors, boolean[] identity, boolean hasTotals) {
        this.groups = groups;
        this.groupOf = groupOf;
        this.singlePredecessors = singlePredecessors;
        this.identity = identity;
        this.hasTotals = hasTotals;
        this.plan = plan;
        this.s = s;
        this.leaf = leaf;
        this.nodeIndex = Forecast.leafNode(plan, leaf);
        this.node = plan.node(nodeIndex);
        this.asOf = asOf;
        this.stagePos = stagePos;
        this.previousPos = previousPos;
        this.builder = builder;
        this.origins = origins;
        this.unknown = unknown;
    }

    void run() {
        int n = s.units().size();
        int prevLeaf = previousLeaf();
        boolean sameRule = prevLeaf >= 0 && sameRule();
        previousNode = prevLeaf < 0 ? null : s.previous().plan().node(s.previous().plan().indexOf(node.code()));
        byte row = (byte) Origin.ROW.ordinal();
        boolean empty = true;
        for (int k = stagePos.length - 1; k >= 0; k--) {   // the latest stage copied last, so it wins
            ScoreSheet stage = s.stages().get(k);
            if (stage.units().isEmpty()) {
                continue;
            }
            if (empty && identity[k]) {
                builder.copyColumn(stage, leaf, origins, row);
            } else {
                builder.copy(stage, leaf, leaf, stagePos[k], false, origins, row);
            }
            empty = false;
        }
        indicators(n);
        boolean copied = prevLeaf >= 0 && sameRule && singlePredecessors != null
                && node.notApplicable() == previousNode.notApplicable();
        if (copied) {
            builder.copy(s.previous().sheet(), prevLeaf, leaf, singlePredecessors, true, origins,
                    (byte) Origin.PREVIOUS.ordinal());
        }
        if (copied && !hasTotals) {
            for (int u = 0, at = leaf * n; u < n; u++, at++) {   // what is left is unknown, or not for the group
                if (origins[at] == 0) {
                    boolean applies = byGroup(groupOf[u]);
                    origins[at] = (byte) (applies ? Origin.UNKNOWN : Origin.NOT_FOR_GROUP).ordinal();
                    unknown[u] += applies ? 1 : 0;
                }
            }
            return;
        }
        for (int u = 0, at = leaf * n; u < n; u++, at++) {
            if (origins[at] != 0) {
                continue;
            }
            Origin origin = byGroup(groupOf[u]) ? rest(u, prevLeaf, sameRule) : Origin.NOT_FOR_GROUP;
            origins[at] = (byte) origin.ordinal();
            if (origin == Origin.UNKNOWN) {
                unknown[u]++;
            }
        }
    }

    /** The latest observation on or before the as-of date wins over the rows. */
    private void indicators(int n) {
        if (node.source() == null || !node.source().startsWith("indicator:")) {
            return;
        }
        Map<String, Indicators.Series> series = s.indicators().of(node.source().substring("indicator:".length()));
        if (series.isEmpty()) {
            return;
        }
        for (int u = 0; u < n; u++) {
            Indicators.Series own = series.get(s.units().get(u).code());
            Observation o = own == null ? null : own.latest(asOf);
            if (o != null && read(o.value(), u)) {
                origins[leaf * n + u] = (byte) Origin.INDICATOR.ordinal();
            }
        }
    }

    private boolean byGroup(int g) {
        if (applies == null) {
            applies = new boolean[groups.size()];
            for (int k = 0; k < applies.length; k++) {
                applies[k] = appliesTo(groups.get(k));
            }
        }
        return applies[g];
    }

    private boolean appliesTo(String group) {
        for (int i = nodeIndex; i >= 0; i = plan.parentOf(i)) {
            if (!plan.node(i).appliesTo(group)) {
                return false;
            }
        }
        return true;
    }

    /** A cell no row or indicator gave: inside a total, else last period's value, else unknown. */
    private Origin rest(int u, int prevLeaf, boolean sameRule) {
        if (builder.insideTotal(nodeIndex, u)) {
            return Origin.ROW;
        }
        if (prevLeaf >= 0 && previous(u, prevLeaf, sameRule)) {
            return Origin.PREVIOUS;
        }
        return Origin.UNKNOWN;
    }

    private boolean read(String raw, int u) {
        if (raw.trim().equals(ScoreRow.NOT_APPLICABLE)) {
            builder.notApplicable(leaf, u);
            return true;
        }
        try {
            builder.value(leaf, u, node.rule().read(raw, node.max()));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The predecessor value earning the fewest points (one unit: its own value). */
    private boolean previous(int u, int prevLeaf, boolean sameRule) {
        ScoreSheet sheet = s.previous().sheet();
        Node was = previousNode;
        int best = -1;
        double bestPoints = Double.POSITIVE_INFINITY;
        boolean na = false;
        for (int p : previousPos[u]) {
            if (sheet.hasValue(prevLeaf, p)) {
                double pts = was.rule().points(sheet.value(prevLeaf, p), was.max());
                if (pts < bestPoints) {
                    bestPoints = pts;
                    best = p;
                }
            } else if (sheet.isNotApplicable(prevLeaf, p)) {
                na = true;
            }
        }
        if (best >= 0) {
            double v = sheet.value(prevLeaf, best);
            if (sameRule) {
                builder.value(leaf, u, v);
                return true;
            }
            return read(was.rule().write(v), u);
        }
        if (na && node.notApplicable() != org.parindex.core.framework.NotApplicable.FORBIDDEN) {
            builder.notApplicable(leaf, u);
            return true;
        }
        return false;
    }

    private int previousLeaf() {
        if (s.previous() == null) {
            return -1;
        }
        Plan was = s.previous().plan();
        int i = was.indexOf(node.code());
        if (i < 0 || was.leafPosition(i) < 0 || !was.node(i).rule().type().equals(node.rule().type())) {
            return -1;
        }
        return was.leafPosition(i);
    }

    private boolean sameRule() {
        Node was = s.previous().plan().node(s.previous().plan().indexOf(node.code()));
        return was.rule().equals(node.rule()) && Numbers.same(was.max(), node.max());
    }
}
