package org.parindex.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;

/**
 * What it takes a unit to rise: the gap to the next band and to the next rank, and the leaves where points are
 * still to gain, most first.
 *
 * <p>The band gap is the band's threshold less the unrounded index (the band is chosen on the displayed index, so
 * reaching the threshold is enough). The next rank is the one the unit would share by reaching the index of the
 * nearest unit strictly above it. Under {@code points} aggregation both gaps are also given in framework points:
 * index gap × the unit's maximum / 100.
 */
public record Targets(UnitResult unit, Optional<BandGap> nextBand, Optional<RankGap> nextRank, List<Room> room) {

    /** @param points the gap in framework points, NaN under weighted aggregation */
    public record BandGap(Band band, double index, double points) { }

    /** @param units the units at that rank (the nearest above, sharing one index) */
    public record RankGap(int rank, List<UnitResult> units, double index, double points) { }

    /**
     * A leaf (or a parent whose total was given) with points to gain.
     *
     * @param points    its points now (for a deduction: the points it takes)
     * @param gain      framework points to gain by reaching full points (a deduction: by having none)
     * @param indexGain what the index would gain with only this leaf changed, capped as the index is
     * @param value     the value, as a scores file writes it, that earns full points
     */
    public record Room(Node node, UnitResult.Entry entry, double value, double points, double max, double gain,
                       double indexGain, String fullValue) { }

    public static Targets of(WhatIf whatIf, PeriodResult result, String unitCode) {
        UnitResult unit = result.unit(unitCode).orElseThrow(() -> new org.parindex.core.problem.BadInputException(
                "--unit", 0, "unit \"" + unitCode + "\" has no result in this period"));
        Framework framework = result.framework();
        return new Targets(unit, nextBand(framework, unit), nextRank(result, unit), room(whatIf, result, unit));
    }

    private static Optional<BandGap> nextBand(Framework framework, UnitResult unit) {
        Band current = unit.band();
        Band next = null;
        for (Band band : framework.bands()) {
            if (band.min() > current.min() && (next == null || band.min() < next.min())) {
                next = band;
            }
        }
        if (next == null) {
            return Optional.empty();
        }
        double gap = next.min() - unit.index();
        return Optional.of(new BandGap(next, gap, points(framework, unit, gap)));
    }

    private static Optional<RankGap> nextRank(PeriodResult result, UnitResult unit) {
        List<UnitResult> ranking = result.ranking();
        double nearest = Double.NaN;
        for (UnitResult other : ranking) {
            if (other.rank() < unit.rank()) {
                nearest = other.index();
            }
        }
        if (Double.isNaN(nearest)) {
            return Optional.empty();
        }
        int targetRank = rankOf(ranking, nearest);
        List<UnitResult> at = ranking.stream().filter(o -> o.rank() < unit.rank())
                .filter(o -> o.rank() == targetRank).toList();
        double gap = nearest - unit.index();
        return Optional.of(new RankGap(at.get(0).rank(), at, gap, points(result.framework(), unit, gap)));
    }

    private static int rankOf(List<UnitResult> ranking, double index) {
        return ranking.stream().filter(o -> o.index() == index).mapToInt(UnitResult::rank).min().orElseThrow();
    }

    private static double points(Framework framework, UnitResult unit, double indexGap) {
        return framework.aggregation() == Aggregation.POINTS ? indexGap * unit.maximum() / 100 : Double.NaN;
    }

    private static List<Room> room(WhatIf whatIf, PeriodResult result, UnitResult unit) {
        Plan plan = result.plan();
        List<Room> room = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Node node = plan.node(i);
            UnitResult.NodeValue v = unit.node(node.code());
            boolean leaf = node.isLeaf() && (v.entry() == UnitResult.Entry.VALUE || v.entry() == UnitResult.Entry.MISSING);
            boolean total = !node.isLeaf() && unit.totalGiven(node.code());
            if (!leaf && !total || node.kind() == NodeKind.BONUS) {
                continue;
            }
            boolean deduction = node.kind() == NodeKind.DEDUCTION;
            double gain = deduction ? v.points() : v.maximum() - v.points();
            if (gain <= Numbers.EPSILON) {
                continue;
            }
            double indexGain = leaf ? whatIf.apply(unit.unit().code(), Map.of(node.code(), FullPoints.value(node)))
                    .indexDelta() : Double.NaN;
            room.add(new Room(node, v.entry(), v.value(), v.points(), v.maximum(), gain, indexGain,
                    leaf ? FullPoints.value(node) : Numbers.plain(node.max())));
        }
        room.sort(Comparator.comparingDouble(Room::gain).reversed().thenComparingDouble(r -> -r.indexGain()));
        return List.copyOf(room);
    }
}
