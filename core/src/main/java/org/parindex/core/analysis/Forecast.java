package org.parindex.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;
import org.parindex.core.history.Lineage;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/**
 * Where an open period is heading. Each leaf of each unit takes, in this order: the latest observation on or
 * before the as-of date of the indicator feeding it ({@code source: indicator:…}); else the unit's row in this
 * period (the latest stage that has one); else the final value of the same node code in the previous period, for
 * the unit or, before a merger, its predecessors (the one earning the fewest points), when the rule type is the
 * same; else it is unknown.
 *
 * <p>The forecast index scores unknown leaves at 0 points; the low bound also puts unknown deductions at their cap,
 * the high bound puts unknown scored and bonus leaves at full points (unknown deductions at 0). Bounds are computed
 * from the forecast's node results by adding only what the unknown leaves change, through the caps of bonus and
 * deduction parents, so a forecast costs one scoring pass.
 */
public final class Forecast {

    /** Where a leaf's value came from. */
    public enum Origin { UNKNOWN, INDICATOR, ROW, PREVIOUS, NOT_FOR_GROUP }

    /** What a forecast reads: the period's sheets (latest stage first), the previous period's final result. */
    public record Sources(Plan plan, List<Unit> units, List<ScoreSheet> stages, PeriodResult previous,
                          Map<String, Unit> allUnits, Indicators indicators) { }

    /** A warning for a unit: its band falls, or a measured indicator earns less than its maximum. */
    public record Warning(Node node, double value, double fullAt, double atStake, Band from, Band to) {
        public boolean isBand() {
            return node == null;
        }
    }

    /** One unit's forecast; {@code lastBand} is its (or its predecessors') band in the previous period, or null. */
    public record UnitForecast(UnitResult result, double low, double high, int unknown, Band lastBand,
                               List<Warning> warnings) {
        public double index() {
            return result.index();
        }
    }

    private final PeriodResult result;
    private final byte[] origins;      // leaf * units + unit
    private final double[] low;
    private final double[] high;
    private final int[] unknown;
    private final Sources sources;

    private Forecast(Sources sources, PeriodResult result, byte[] origins, double[] low, double[] high, int[] unknown) {
        this.sources = sources;
        this.result = result;
        this.origins = origins;
        this.low = low;
        this.high = high;
        this.unknown = unknown;
    }

    /** Reads what a forecast of {@code periodCode} needs from a bundle and computes it. */
    public static Forecast of(Bundle bundle, String periodCode, LocalDate asOf, Indicators indicators) {
        return compute(sources(bundle, periodCode, indicators), asOf);
    }

    public static Sources sources(Bundle bundle, String periodCode, Indicators indicators) {
        Period period = bundle.period(periodCode).orElseThrow(() -> new BadInputException("--period", 0,
                "no period \"" + periodCode + "\""));
        Plan plan = new Plan(period.framework());
        Map<String, Unit> all = bundle.unitsByCode();
        Problems problems = new Problems();
        List<ScoreSheet> stages = new ArrayList<>();
        for (Stage stage : List.of(Stage.FINAL, Stage.APPRAISAL1, Stage.SELF)) {
            stages.add(ScoreSheet.bind(plan, period, all, stage, problems));
        }
        PeriodResult previous = null;
        int at = bundle.periods().indexOf(period);
        if (at > 0) {
            Period p = bundle.periods().get(at - 1);
            ScoreSheet sheet = ScoreSheet.bind(new Plan(p.framework()), p, all, Stage.FINAL, problems);
            previous = Engine.score(sheet);
        }
        problems.throwIfAny();
        Set<String> taking = new LinkedHashSet<>();
        for (ScoreRow row : period.rows()) {
            taking.add(row.unit());
        }
        List<Unit> units = new ArrayList<>();
        for (Unit unit : bundle.units()) {
            boolean exists = unit.existsBetween(period.from(), period.to());
            if (exists && (taking.contains(unit.code()) || previous != null
                    && Predecessors.positions(previous, unit.code(), all).length > 0)) {
                units.add(unit);
            }
        }
        return new Sources(plan, units, stages, previous, all, indicators);
    }

    public static Forecast compute(Sources s, LocalDate asOf) {
        Plan plan = s.plan();
        int n = s.units().size();
        int leaves = plan.leaves();
        int[][] stagePos = new int[s.stages().size()][n];
        int[][] previousPos = new int[n][];
        for (int u = 0; u < n; u++) {
            String code = s.units().get(u).code();
            for (int k = 0; k < stagePos.length; k++) {
                stagePos[k][u] = s.stages().get(k).position(code);
            }
            previousPos[u] = s.previous() == null ? new int[0] : Predecessors.positions(s.previous(), code, s.allUnits());
        }
        ScoreSheet.Builder builder = new ScoreSheet.Builder(plan, s.units());
        List<String> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        for (int u = 0; u < n; u++) {
            String group = s.units().get(u).group();
            int g = groups.indexOf(group);
            if (g < 0) {
                g = groups.size();
                groups.add(group);
            }
            groupOf[u] = g;
        }
        copyTotals(plan, s, stagePos, builder, n);
        byte[] origins = new byte[leaves * n];
        int[] singles = singles(previousPos);
        boolean[] identity = new boolean[stagePos.length];
        for (int k = 0; k < stagePos.length; k++) {
            identity[k] = s.stages().get(k).units().size() == n;
            for (int u = 0; u < n && identity[k]; u++) {
                identity[k] = stagePos[k][u] == u;
            }
        }
        boolean hasTotals = s.stages().stream().anyMatch(ScoreSheet::hasTotals);
        int[] unknown = new int[n];
        for (int leaf = 0; leaf < leaves; leaf++) {
            new LeafFill(plan, s, leaf, asOf, stagePos, previousPos, builder, origins, unknown, groups, groupOf,
                    singles, identity, hasTotals).run();
        }
        PeriodResult result = Engine.score(builder.build());
        int[][] unknownLeaves = unknownLeaves(origins, unknown, leaves, n);
        double[] low = new double[n];
        double[] high = new double[n];
        Bounds bounds = new Bounds(result);
        for (int u = 0; u < n; u++) {
            low[u] = unknown[u] == 0 ? result.index(u) : bounds.index(u, unknownLeaves[u], false);
            high[u] = unknown[u] == 0 ? result.index(u) : bounds.index(u, unknownLeaves[u], true);
        }
        return new Forecast(s, result, origins, low, high, unknown);
    }

    /** Each unit's one position in the previous period, -1 where none; null when any unit has several. */
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

    /** Per unit, its unknown leaves, from one pass over the leaf-major origins. */
    private static int[][] unknownLeaves(byte[] origins, int[] unknown, int leaves, int n) {
        int[][] out = new int[n][];
        int[] filled = new int[n];
        for (int u = 0; u < n; u++) {
            out[u] = new int[unknown[u]];
        }
        byte none = (byte) Origin.UNKNOWN.ordinal();
        for (int leaf = 0, at = 0; leaf < leaves; leaf++) {
            for (int u = 0; u < n; u++, at++) {
                if (origins[at] == none) {
                    out[u][filled[u]++] = leaf;
                }
            }
        }
        return out;
    }

    private static void copyTotals(Plan plan, Sources s, int[][] stagePos, ScoreSheet.Builder builder, int n) {
        if (s.stages().stream().noneMatch(ScoreSheet::hasTotals)) {
            return;
        }
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < stagePos.length; k++) {
                int pos = stagePos[k][u];
                if (pos < 0) {
                    continue;
                }
                boolean any = false;
                for (int i = 0; i < plan.size(); i++) {
                    double total = s.stages().get(k).total(i, pos);
                    if (plan.leafPosition(i) < 0 && !Double.isNaN(total)) {
                        builder.total(i, u, total);
                        any = true;
                    }
                }
                if (any) {
                    break;
                }
            }
        }
    }

    /** The forecast as the engine scored it: index at the forecast, band and rank. */
    public PeriodResult result() {
        return result;
    }

    public Origin origin(int leaf, int unit) {
        return Origin.values()[origins[leaf * result.size() + unit]];
    }

    /** Every unit's forecast, best forecast rank first. */
    public List<UnitForecast> units() {
        List<UnitForecast> out = new ArrayList<>(result.size());
        for (UnitResult r : result.ranking()) {
            out.add(unit(r.position()));
        }
        return out;
    }

    public Optional<UnitForecast> unit(String code) {
        int u = result.position(code);
        return u < 0 ? Optional.empty() : Optional.of(unit(u));
    }

    private UnitForecast unit(int u) {
        UnitResult r = result.at(u);
        Band last = lastBand(r.unit().code());
        List<Warning> warnings = new ArrayList<>();
        if (last != null && r.band().min() < last.min()) {
            warnings.add(new Warning(null, r.index(), last.min(), Double.NaN, last, r.band()));
        }
        warnings.addAll(indicatorWarnings(r));
        return new UnitForecast(r, low[u], high[u], unknown[u], last, List.copyOf(warnings));
    }

    private Band lastBand(String code) {
        PeriodResult previous = sources.previous();
        if (previous == null) {
            return null;
        }
        int[] at = Predecessors.positions(previous, code, sources.allUnits());
        if (at.length == 0) {
            return null;
        }
        double sum = 0;
        for (int p : at) {
            sum += previous.index(p);
        }
        return previous.framework().band(sum / at.length);
    }

    /** Indicator-fed leaves with a known value below full points, most points at stake first. */
    private List<Warning> indicatorWarnings(UnitResult r) {
        Plan plan = result.plan();
        List<Warning> out = new ArrayList<>();
        for (int leaf = 0; leaf < plan.leaves(); leaf++) {
            Node node = plan.node(leafNode(plan, leaf));
            if (node.source() == null || !node.source().startsWith("indicator:") || node.kind() != NodeKind.SCORED
                    || origin(leaf, r.position()) == Origin.UNKNOWN) {
                continue;
            }
            UnitResult.NodeValue v = r.node(node.code());
            double fullAt = node.rule().fullPointsAt(node.max());
            if (v.entry() == UnitResult.Entry.VALUE && v.points() < v.maximum() - Numbers.EPSILON) {
                out.add(new Warning(node, v.value(), fullAt, v.maximum() - v.points(), null, null));
            }
        }
        out.sort((a, b) -> Double.compare(b.atStake(), a.atStake()));
        return out;
    }

    static int leafNode(Plan plan, int leaf) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.leafPosition(i) == leaf) {
                return i;
            }
        }
        throw new IllegalArgumentException("no leaf " + leaf);
    }

    /** Positions of a unit, or else of its nearest predecessors, in a period's result. */
    static final class Predecessors {
        private Predecessors() { }

        static int[] positions(PeriodResult result, String code, Map<String, Unit> units) {
            int own = result.position(code);
            if (own >= 0) {
                return new int[] {own};
            }
            for (List<String> generation : Lineage.generations(code, units)) {
                int[] found = generation.stream().mapToInt(result::position).filter(p -> p >= 0).toArray();
                if (found.length > 0) {
                    return found;
                }
            }
            return new int[0];
        }
    }

    /** Fills one leaf for every unit. */
    private static final class LeafFill {
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

        LeafFill(Plan plan, Sources s, int leaf, LocalDate asOf, int[][] stagePos, int[][] previousPos,
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
            this.nodeIndex = leafNode(plan, leaf);
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

    /**
     * The index with unknown leaves at their best or worst: each unknown leaf's points are carried up its ancestors
     * by their signs; at a capped (bonus or deduction) parent the parent's points become min(cap, points + added).
     */
    private static final class Bounds {
        private final PeriodResult result;
        private final Plan plan;
        private final int[] leafNodes;
        private final int[] top;
        private final int[] topPosition;   // node -> position in top, or -1
        private final boolean[] capped;
        private final boolean[] deduction;
        private final double[] pending;    // per capped node: points added below it, for the unit in hand
        private final List<Integer> waiting = new ArrayList<>();
        private final double[] topDelta;
        private final double[] topPoints;
        private final double[] topMax;

        Bounds(PeriodResult result) {
            this.result = result;
            this.plan = result.plan();
            this.leafNodes = new int[plan.leaves()];
            this.capped = new boolean[plan.size()];
            this.deduction = new boolean[plan.size()];
            for (int i = 0; i < plan.size(); i++) {
                deduction[i] = plan.node(i).kind() == NodeKind.DEDUCTION;
                if (plan.leafPosition(i) >= 0) {
                    leafNodes[plan.leafPosition(i)] = i;
                } else {
                    capped[i] = plan.node(i).kind() != NodeKind.SCORED && !Double.isInfinite(plan.cap(i));
                }
            }
            this.top = plan.topLevel();
            this.topPosition = new int[plan.size()];
            java.util.Arrays.fill(topPosition, -1);
            for (int t = 0; t < top.length; t++) {
                topPosition[top[t]] = t;
            }
            this.pending = new double[plan.size()];
            this.topDelta = new double[top.length];
            this.topPoints = new double[top.length];
            this.topMax = new double[top.length];
        }

        double index(int u, int[] unknownLeaves, boolean best) {
            java.util.Arrays.fill(topDelta, 0);
            for (int leaf : unknownLeaves) {
                int i = leafNodes[leaf];
                if (best != deduction[i]) {
                    carry(i, plan.cap(i));
                }
            }
            while (!waiting.isEmpty()) {
                int p = deepest();
                double old = result.points(p, u);
                double change = Math.min(result.maximum(p, u), old + pending[p]) - old;
                pending[p] = 0;
                carry(p, change);
            }
            double rootPoints = result.at(u).points();
            for (int t = 0; t < top.length; t++) {
                topPoints[t] = result.points(top[t], u) + topDelta[t];
                topMax[t] = result.maximum(top[t], u);
                rootPoints += plan.sign(top[t]) * topDelta[t];
            }
            return Engine.index(plan, rootPoints, result.at(u).maximum(), topPoints, topMax);
        }

        /** Node i's points change by x: carry it up to the top, or to the nearest capped parent. */
        private void carry(int i, double x) {
            while (true) {
                int p = plan.parentOf(i);
                if (p < 0) {
                    topDelta[topPosition[i]] += x;
                    return;
                }
                x *= plan.sign(i);
                if (capped[p]) {
                    if (!waiting.contains(p)) {
                        waiting.add(p);
                    }
                    pending[p] += x;
                    return;
                }
                i = p;
            }
        }

        /** The waiting capped node furthest down the tree (largest pre-order position), removed from the list. */
        private int deepest() {
            int at = 0;
            for (int k = 1; k < waiting.size(); k++) {
                if (waiting.get(k) > waiting.get(at)) {
                    at = k;
                }
            }
            return waiting.remove(at);
        }
    }

}
