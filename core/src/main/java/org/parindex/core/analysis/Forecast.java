package org.parindex.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * deduction parents ({@link ForecastBounds}), so a forecast costs one scoring pass. The sheet starts from the earliest
 * stage with rows when it lists the units in the same order, sharing its columns, and only the cells still empty are
 * resolved. In the common case of an open period (one stage with rows, last period listing the same units in the
 * same order, no totals) a leaf whose rule and unit groups are those of last period and that no indicator feeds is
 * not copied at all: last period's column lies under the stage's ({@link ScoreSheet.Builder#layer}), the engine
 * scores the stage's column and gives the cells taken from last period their points there (coded once per sheet),
 * and the cells still unknown are found a word of 64 units at a time from bit sets of each sheet's cells with a
 * value or NA; their origins are worked out when asked.
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

    /**
     * One unit's forecast; {@code lastBand} is its (or its predecessors') band in the previous period, or null, and
     * {@code lastIndex} the index that band was chosen on (the predecessors' mean), NaN when none.
     */
    public record UnitForecast(UnitResult result, double low, double high, int unknown, Band lastBand,
                               double lastIndex, List<Warning> warnings) {
        public double index() {
            return result.index();
        }
    }

    private final PeriodResult result;
    private final byte[] origins;      // leaf * units + unit, except for the leaves below
    private final boolean[] layered;   // leaf -> taken from last period where the base has nothing (origins derived)
    private final ScoreSheet base;     // the stage the sheet started from, or null
    private final double[] low;
    private final double[] high;
    private final int[] unknown;
    private final Sources sources;

    private Forecast(Sources sources, PeriodResult result, byte[] origins, boolean[] layered, ScoreSheet base,
                     double[] low, double[] high, int[] unknown) {
        this.sources = sources;
        this.result = result;
        this.origins = origins;
        this.layered = layered;
        this.base = base;
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
        int[][] stagePos = new int[s.stages().size()][];
        for (int k = 0; k < stagePos.length; k++) {
            stagePos[k] = positions(s.stages().get(k), s.units());
        }
        boolean sameAsBefore = s.previous() != null && ScoreSheet.sameUnits(s.previous().units(), s.units());
        int[][] previousPos = sameAsBefore ? null : new int[n][];   // null: each unit at its own position
        for (int u = 0; !sameAsBefore && u < n; u++) {
            String code = s.units().get(u).code();
            previousPos[u] = s.previous() == null ? new int[0] : Predecessors.positions(s.previous(), u, code, s.allUnits());
        }
        int copied = stagePos.length;   // the stages copied leaf by leaf; the earliest one with rows may start the sheet
        while (copied > 0 && s.stages().get(copied - 1).units().isEmpty()) {
            copied--;
        }
        ScoreSheet base = null;
        ScoreSheet.Builder builder;
        if (copied > 0 && s.stages().get(copied - 1).units().size() == n && isIdentity(stagePos[copied - 1])) {
            base = s.stages().get(--copied);
            builder = new ScoreSheet.Builder(base);
        } else {
            builder = new ScoreSheet.Builder(plan, s.units());
        }
        List<String> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        numberGroups(base, s.units(), groups, groupOf);
        copyTotals(plan, s, stagePos, builder, n);
        boolean hasTotals = s.stages().stream().anyMatch(ScoreSheet::hasTotals);
        // last period's leaves may lie under the base, uncopied, when nothing else is copied into the sheet
        boolean layered = base != null && !hasTotals && sameAsBefore
                && s.stages().subList(0, copied).stream().allMatch(stage -> stage.units().isEmpty());
        int[] unknown = new int[n];
        ForecastBounds bounds = new ForecastBounds(plan, n);
        boolean[] layeredLeaves = new boolean[leaves];
        ForecastFill fill = new ForecastFill(s, asOf, stagePos, copied, previousPos, builder, unknown, bounds,
                groups, groupOf, hasTotals, base != null, layered ? layeredLeaves : null);
        for (int leaf = 0; leaf < leaves; leaf++) {
            fill.run(leaf);
        }
        PeriodResult result = Engine.score(builder.build());
        for (int u = 0; u < n; u++) {
            unknown[u] += result.at(u).missing();   // the scored leaves still missing are the unknown ones
        }
        return new Forecast(s, result, fill.origins(), layeredLeaves, base, bounds.indices(result, unknown, false),
                bounds.indices(result, unknown, true), unknown);
    }

    /** Numbers the units' groups (as the base sheet has, when there is one). */
    private static void numberGroups(ScoreSheet base, List<Unit> units, List<String> groups, int[] groupOf) {
        if (base != null) {
            groups.addAll(base.groups());
            Arrays.setAll(groupOf, base::group);
            return;
        }
        for (int u = 0; u < groupOf.length; u++) {
            String group = units.get(u).group();
            int g = groups.indexOf(group);
            if (g < 0) {
                g = groups.size();
                groups.add(group);
            }
            groupOf[u] = g;
        }
    }

    /** Each unit's position in a stage's sheet, -1 where it has none. */
    private static int[] positions(ScoreSheet stage, List<Unit> units) {
        int[] out = new int[units.size()];
        List<Unit> listed = stage.units();
        if (listed.isEmpty()) {
            Arrays.fill(out, -1);
            return out;
        }
        for (int u = 0; u < out.length; u++) {
            Unit unit = units.get(u);
            boolean same = u < listed.size() && (listed.get(u) == unit || listed.get(u).code().equals(unit.code()));
            out[u] = same ? u : stage.position(unit.code());
        }
        return out;
    }

    private static boolean isIdentity(int[] positions) {
        for (int u = 0; u < positions.length; u++) {
            if (positions[u] != u) {
                return false;
            }
        }
        return true;
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
        if (!layered[leaf]) {
            return Origin.values()[origins[leaf * result.size() + unit]];
        }
        ScoreSheet sheet = result.sheet();
        Plan plan = result.plan();
        if (base.hasValue(leaf, unit) || base.isNotApplicable(leaf, unit)) {
            return Origin.ROW;
        }
        if (!plan.appliesTo(sheet.units().get(unit).group(), plan.leafNode(leaf))) {
            return Origin.NOT_FOR_GROUP;
        }
        return sheet.hasValue(leaf, unit) || sheet.isNotApplicable(leaf, unit) ? Origin.PREVIOUS : Origin.UNKNOWN;
    }

    /** One leaf of a unit in the forecast: where its value came from, and the value and points it gives. */
    public record LeafForecast(Origin origin, UnitResult.NodeValue value) { }

    /** Every leaf of one unit that applies to it, in framework order. */
    public List<LeafForecast> leaves(String unitCode) {
        int u = result.position(unitCode);
        if (u < 0) {
            throw new BadInputException("--unit", 0, "unit \"" + unitCode + "\" takes no part in the forecast");
        }
        Plan plan = result.plan();
        UnitResult r = result.at(u);
        List<LeafForecast> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            int leaf = plan.leafPosition(i);
            if (leaf >= 0 && origin(leaf, u) != Origin.NOT_FOR_GROUP) {
                out.add(new LeafForecast(origin(leaf, u), r.node(plan.node(i).code())));
            }
        }
        return out;
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
        double lastIndex = lastIndex(r.unit().code());
        Band last = Double.isNaN(lastIndex) ? null : sources.previous().framework().band(lastIndex);
        List<Warning> warnings = new ArrayList<>();
        if (last != null && r.band().min() < last.min()) {
            warnings.add(new Warning(null, r.index(), last.min(), Double.NaN, last, r.band()));
        }
        warnings.addAll(indicatorWarnings(r));
        return new UnitForecast(r, low[u], high[u], unknown[u], last, lastIndex, List.copyOf(warnings));
    }

    private double lastIndex(String code) {
        PeriodResult previous = sources.previous();
        if (previous == null) {
            return Double.NaN;
        }
        int[] at = Predecessors.positions(previous, code, sources.allUnits());
        if (at.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int p : at) {
            sum += previous.index(p);
        }
        return sum / at.length;
    }

    /** Indicator-fed leaves with a known value below full points, most points at stake first. */
    private List<Warning> indicatorWarnings(UnitResult r) {
        Plan plan = result.plan();
        List<Warning> out = new ArrayList<>();
        for (int leaf = 0; leaf < plan.leaves(); leaf++) {
            Node node = plan.node(plan.leafNode(leaf));
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

    /** Positions of a unit, or else of its nearest predecessors, in a period's result. */
    static final class Predecessors {
        private Predecessors() { }

        static int[] positions(PeriodResult result, String code, Map<String, Unit> units) {
            return positions(result, -1, code, units);
        }

        /** As above, trying position {@code guess} first (the unit lists of two periods are often the same). */
        static int[] positions(PeriodResult result, int guess, String code, Map<String, Unit> units) {
            List<Unit> listed = result.units();
            int own = guess >= 0 && guess < listed.size() && listed.get(guess).code().equals(code) ? guess
                    : result.position(code);
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

}
