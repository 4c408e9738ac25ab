package org.parindex.core.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parindex.core.analysis.Forecast.Origin;
import org.parindex.core.analysis.Forecast.Sources;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Numbers;

/**
 * Fills the forecast sheet one leaf at a time for every unit: the stages' rows (already in the builder, or copied
 * here from the stages that do not list the units in the same order), then the indicators; then only the cells
 * still empty (the gaps) are resolved one by one: not for the unit's group, inside a total given this period, last
 * period's value, else unknown.
 */
final class ForecastFill {
    private static final byte ROW = (byte) Origin.ROW.ordinal();
    private static final byte PREVIOUS = (byte) Origin.PREVIOUS.ordinal();
    private static final byte UNKNOWN = (byte) Origin.UNKNOWN.ordinal();

    private final Plan plan;
    private final Sources s;
    private final LocalDate asOf;
    private final int[][] stagePos;
    private final int copiedStages;     // stages 0 .. copiedStages-1 are copied leaf by leaf (the rest is in builder)
    private final int[][] previousPos;  // unit -> its positions in the previous period; null: its own position
    private final int[] singles;        // unit -> its one position in the previous period (-1: none); null if any has several
    private final ScoreSheet.Builder builder;
    private byte[] origins;             // made for the first leaf that is not layered
    private final int[] unknown;
    private final ForecastBounds bounds;
    private final List<String> groups;
    private final int[] groupOf;
    private final boolean hasTotals;
    private final int[] gaps;
    private final int[] masked;
    private final boolean[][] applying;  // group -> node -> applies
    private final boolean[] everyGroup;  // node -> applies to every group
    private final long[][] inGroup;      // group -> bits of its units
    private final boolean based;         // the builder started from the latest stage with rows (cells there are ROW)
    private final boolean[] layered;     // leaf -> taken from last period without a copy; null: never

    // the leaf in hand
    private int leaf;
    private int nodeIndex;
    private Node node;
    private Node previousNode;
    private int previousLeaf;
    private boolean sameRule;

    ForecastFill(Sources s, LocalDate asOf, int[][] stagePos, int copiedStages, int[][] previousPos,
                 ScoreSheet.Builder builder, int[] unknown, ForecastBounds bounds, List<String> groups,
                 int[] groupOf, boolean hasTotals, boolean based, boolean[] layered) {
        this.plan = s.plan();
        this.s = s;
        this.asOf = asOf;
        this.stagePos = stagePos;
        this.copiedStages = copiedStages;
        this.previousPos = previousPos;
        this.singles = previousPos == null ? identity(s.units().size()) : singles(previousPos);
        this.builder = builder;
        this.unknown = unknown;
        this.bounds = bounds;
        this.groups = groups;
        this.groupOf = groupOf;
        this.hasTotals = hasTotals;
        this.gaps = new int[s.units().size()];
        this.masked = new int[s.units().size()];
        this.applying = groups.stream().map(plan::applying).toArray(boolean[][]::new);
        this.everyGroup = plan.applyingToAll(groups);
        this.inGroup = inGroup(groups.size(), groupOf);
        this.based = based;
        this.layered = layered;
    }

    void run(int leaf) {
        this.leaf = leaf;
        this.nodeIndex = plan.leafNode(leaf);
        this.node = plan.node(nodeIndex);
        int n = s.units().size();
        previousLeaf = previousLeaf();
        previousNode = previousLeaf < 0 ? null : s.previous().plan().node(s.previous().plan().indexOf(node.code()));
        sameRule = previousLeaf >= 0 && previousNode.rule().equals(node.rule())
                && Numbers.same(previousNode.max(), node.max());
        if (layered != null && sameRule && sameGroups() && series().isEmpty()) {
            layer(n);
            return;
        }
        if (origins == null) {
            origins = new byte[plan.leaves() * n];
        }
        if (based) {
            Arrays.fill(origins, leaf * n, leaf * n + n, ROW);   // the base's cells; every other is resolved below
        }
        for (int k = copiedStages - 1; k >= 0; k--) {   // the latest stage copied last, so it wins
            builder.copy(s.stages().get(k), leaf, leaf, stagePos[k], origins, ROW);
        }
        indicators(n);
        boolean fast = previousLeaf >= 0 && sameRule && singles != null;
        int count = builder.fillGaps(fast ? s.previous().sheet() : null, previousLeaf, leaf, fast ? taking(n) : null,
                node.notApplicable() != NotApplicable.FORBIDDEN, origins, PREVIOUS, gaps);
        count = keep(count, n);
        boolean counted = counted();
        double[] bound = count == 0 ? null : bounds.column(nodeIndex);
        double step = bounds.step(nodeIndex);
        for (int g = 0, at = leaf * n; g < count; g++) {
            int u = gaps[g];
            if (previousLeaf >= 0 && !fast && previous(u)) {
                origins[at + u] = PREVIOUS;
            } else {
                origins[at + u] = UNKNOWN;
                if (counted) {
                    unknown[u]++;
                }
                bound[u] += step;
            }
        }
    }

    /**
     * Each unit's one position in the previous period, -1 where the leaf is not for its group or inside a total
     * given this period (those take nothing from last period).
     */
    private int[] taking(int n) {
        if (!restricted()) {
            return singles;
        }
        for (int u = 0; u < n; u++) {
            boolean takes = byGroup(groupOf[u]) && !(hasTotals && builder.insideTotal(nodeIndex, u));
            masked[u] = takes ? singles[u] : -1;
        }
        return masked;
    }

    /** True when the leaf is not for some group or some unit gave totals: some gaps are settled without a value. */
    private boolean restricted() {
        return !everyGroup[nodeIndex] || hasTotals;
    }

    /**
     * Settles the gaps that are not for the unit's group or inside a total given this period; keeps the others at
     * the start of {@code gaps} and returns how many.
     */
    private int keep(int count, int n) {
        if (!restricted()) {
            return count;
        }
        int open = 0;
        for (int g = 0, at = leaf * n; g < count; g++) {
            int u = gaps[g];
            if (!byGroup(groupOf[u])) {
                origins[at + u] = (byte) Origin.NOT_FOR_GROUP.ordinal();
            } else if (hasTotals && builder.insideTotal(nodeIndex, u)) {
                origins[at + u] = ROW;
            } else {
                gaps[open++] = u;
            }
        }
        return open;
    }

    /**
     * The leaf as the base has it, and where it has neither a value nor NA as last period has it, without a copy
     * (the sheet and last period list the same units in the same order, the rule is the same): only the units left
     * unknown are visited.
     */
    private void layer(int n) {
        layered[leaf] = true;
        long[] open = builder.layer(leaf, s.previous().sheet(), previousLeaf,
                node.notApplicable() != NotApplicable.FORBIDDEN);
        boolean everyGroup = !restricted();
        double[] bound = bounds.column(nodeIndex);
        double step = bounds.step(nodeIndex);
        boolean counted = counted();
        for (int w = 0; w < open.length; w++) {
            long word = open[w];
            if (!everyGroup) {
                word &= forGroup(w);
            }
            for (; word != 0; word &= word - 1) {
                int u = (w << 6) + Long.numberOfTrailingZeros(word);
                bound[u] += step;
                if (counted) {
                    unknown[u]++;
                }
            }
        }
    }

    /**
     * True when the leaf's unknown cells are counted here: a bonus or deduction; the engine counts a scored leaf's
     * missing cells, which are its unknown ones ({@link Forecast} adds them).
     */
    private boolean counted() {
        return node.kind() != NodeKind.SCORED;
    }

    /** True when last period's node applied to the same unit groups (so it holds no value where this one does not). */
    private boolean sameGroups() {
        Plan was = s.previous().plan();
        int i = was.indexOf(node.code());
        for (int g = 0; g < groups.size(); g++) {
            if (was.appliesTo(groups.get(g), i) != byGroup(g)) {
                return false;
            }
        }
        return true;
    }

    /** The origins of the leaves that are not layered (null while there is none). */
    byte[] origins() {
        return origins;
    }

    /** The observations of the indicator feeding the leaf, by unit (none when no indicator feeds it). */
    private Map<String, Indicators.Series> series() {
        if (node.source() == null || !node.source().startsWith("indicator:")) {
            return Map.of();
        }
        return s.indicators().of(node.source().substring("indicator:".length()));
    }

    /** The latest observation on or before the as-of date wins over the rows. */
    private void indicators(int n) {
        Map<String, Indicators.Series> series = series();
        for (int u = 0; u < n && !series.isEmpty(); u++) {
            Indicators.Series own = series.get(s.units().get(u).code());
            Observation o = own == null ? null : own.latest(asOf);
            if (o != null && read(o.value(), u)) {
                origins[leaf * n + u] = (byte) Origin.INDICATOR.ordinal();
            }
        }
    }

    /** The bits of word w's units (64 w to 64 w + 63) that the leaf applies to. */
    private long forGroup(int w) {
        long bits = 0;
        for (int g = 0; g < groups.size(); g++) {
            bits |= byGroup(g) ? inGroup[g][w] : 0;
        }
        return bits;
    }

    /** Group -> the bits of its units. */
    private static long[][] inGroup(int groups, int[] groupOf) {
        long[][] out = new long[groups][(groupOf.length + 63) >>> 6];
        for (int u = 0; u < groupOf.length; u++) {
            out[groupOf[u]][u >>> 6] |= 1L << u;
        }
        return out;
    }

    private boolean byGroup(int g) {
        return applying[g][nodeIndex];
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

    /** The predecessor value earning the fewest points (one unit: its own value), else NA if one had NA. */
    private boolean previous(int u) {
        ScoreSheet sheet = s.previous().sheet();
        int[] at = previousPos == null ? new int[] {u} : previousPos[u];
        int best = -1;
        boolean na = false;
        if (at.length == 1) {
            best = sheet.hasValue(previousLeaf, at[0]) ? at[0] : -1;
            na = sheet.isNotApplicable(previousLeaf, at[0]);
        } else {
            double bestPoints = Double.POSITIVE_INFINITY;
            for (int p : at) {
                if (sheet.hasValue(previousLeaf, p)) {
                    double pts = previousNode.rule().points(sheet.value(previousLeaf, p), previousNode.max());
                    if (pts < bestPoints) {
                        bestPoints = pts;
                        best = p;
                    }
                } else if (sheet.isNotApplicable(previousLeaf, p)) {
                    na = true;
                }
            }
        }
        if (best >= 0) {
            double v = sheet.value(previousLeaf, best);
            if (sameRule) {
                builder.value(leaf, u, v);
                return true;
            }
            return read(previousNode.rule().write(v), u);
        }
        if (na && node.notApplicable() != NotApplicable.FORBIDDEN) {
            builder.notApplicable(leaf, u);
            return true;
        }
        return false;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        Arrays.setAll(out, u -> u);
        return out;
    }

    private static int[] singles(int[][] previousPos) {
        int[] out = new int[previousPos.length];
        for (int u = 0; u < out.length; u++) {
            if (previousPos[u].length > 1) {
                return null;
            }
            out[u] = previousPos[u].length == 0 ? -1 : previousPos[u][0];
        }
        return out;
    }

    /** The same node's leaf in the previous period when its rule type is the same, else -1. */
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
}
