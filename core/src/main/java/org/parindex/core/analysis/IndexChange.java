package org.parindex.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.history.BundleResults;
import org.parindex.core.history.Lineage;
import org.parindex.core.problem.BadInputException;

/**
 * Why a unit's index changed since the previous period in which it, or the units merged into it, took part: one
 * contribution per top-level node (matched by code; a node of only one period contributes its whole share), the
 * change of rank, who passed the unit and whom it passed.
 *
 * <p>A contribution is the node's share now less its share before (see {@link Shares}). The contributions add up to
 * the change of the unrounded index before it is held within 0..100; {@link #held()} is what holding it there
 * (capAt100 above, 0 below) changed, so contributions plus {@code held} equal the change of the index. Deductions
 * are top-level nodes like any other, with a negative share. Before a merger, "before" is the mean of the
 * predecessors' shares (so its index is their mean index, as the trend shows) and the rank is their best rank (as
 * the ranking's arrow shows).
 *
 * @param held what holding the index within 0..100 added to the change (0 unless capAt100 or the floor bites)
 */
public record IndexChange(Period previous, Period period, Before before, UnitResult after,
                          List<Contribution> contributions, double held, List<Mover> passedBy, List<Mover> passed) {

    /** How many of a mover's contributions are listed. */
    static final int LARGEST = 2;

    /** The unit (or its predecessors) in the previous period. */
    public record Before(List<UnitResult> units, double index, int rank, int size) {
        public boolean isOwn() {
            return units.size() == 1;
        }
    }

    /** A top-level node's share before and after; {@code node} is from the later framework when it has the code. */
    public record Contribution(Node node, double before, double after) {
        public double value() {
            return after - before;
        }
    }

    /** Another unit whose order with this one changed. */
    public record Mover(UnitResult unit, Before before, List<Contribution> largest) {
        public double indexDelta() {
            return unit.index() - before.index();
        }
    }

    public double indexDelta() {
        return after.index() - before.index();
    }

    /** Positive when the unit moved up. */
    public int rankGain() {
        return before.rank() - after.rank();
    }

    /** The change of the index as displayed: after and before each rounded to {@code decimals}, then subtracted. */
    public BigDecimal displayedDelta(int decimals) {
        return Numbers.round(after.index(), decimals).subtract(Numbers.round(before.index(), decimals));
    }

    /**
     * The contributions, then {@link #held()}, rounded to {@code decimals} so that they add up exactly to the change
     * of the indices as displayed (largest remainders take the last unit of rounding).
     */
    public List<BigDecimal> rounded(int decimals) {
        List<Double> parts = new ArrayList<>();
        contributions.forEach(c -> parts.add(c.value()));
        parts.add(held);
        return Apportion.round(parts, displayedDelta(decimals), decimals);
    }

    /** @throws BadInputException when the unit has no result in the period, or no earlier period has it or its lineage */
    public static IndexChange of(BundleResults results, String periodCode, String unitCode) {
        results.result(periodCode).unit(unitCode).orElseThrow(() -> new BadInputException("--unit", 0,
                "unit \"" + unitCode + "\" has no result in period " + periodCode));
        return find(results, periodCode, unitCode).orElseThrow(() -> new BadInputException("--period", 0,
                "no period before " + periodCode + " has a result for " + unitCode
                        + " or the units merged into it; there is no change to explain"));
    }

    /** The change, or empty when the unit has no result in the period or no earlier period has it or its lineage. */
    public static Optional<IndexChange> find(BundleResults results, String periodCode, String unitCode) {
        PeriodResult now = results.result(periodCode);
        Optional<UnitResult> after = now.unit(unitCode);
        if (after.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Unit> units = results.bundle().unitsByCode();
        List<Period> periods = results.periods();
        int at = indexOf(periods, periodCode);
        for (int p = at - 1; p >= 0; p--) {
            PeriodResult then = results.result(periods.get(p).code());
            Optional<Before> before = before(then, unitCode, units);
            if (before.isPresent()) {
                return Optional.of(build(periods.get(p), periods.get(at), then, now, after.get(), before.get(), units));
            }
        }
        return Optional.empty();
    }

    private static IndexChange build(Period previous, Period period, PeriodResult then, PeriodResult now,
                                     UnitResult after, Before before, Map<String, Unit> units) {
        List<Contribution> contributions = contributions(then.framework(), before, now.framework(), after);
        double held = held(now.framework(), after, then.framework(), before);
        List<Mover> passedBy = new ArrayList<>();
        List<Mover> passed = new ArrayList<>();
        for (UnitResult other : now.ranking()) {
            if (other.unit().code().equals(after.unit().code())) {
                continue;
            }
            Optional<Before> was = before(then, other.unit().code(), units);
            if (was.isEmpty()) {
                continue;
            }
            boolean upNow = other.rank() < after.rank();
            boolean downNow = other.rank() > after.rank();
            if (upNow && was.get().rank() >= before.rank()) {
                passedBy.add(mover(then.framework(), was.get(), now.framework(), other, true));
            } else if (downNow && was.get().rank() <= before.rank()) {
                passed.add(mover(then.framework(), was.get(), now.framework(), other, false));
            }
        }
        return new IndexChange(previous, period, before, after, contributions, held, passedBy, passed);
    }

    private static Mover mover(Framework was, Before before, Framework is, UnitResult unit, boolean rising) {
        Comparator<Contribution> order = Comparator.comparingDouble(Contribution::value);
        List<Contribution> largest = contributions(was, before, is, unit).stream()
                .filter(c -> rising ? c.value() > Numbers.EPSILON : c.value() < -Numbers.EPSILON)
                .sorted(rising ? order.reversed() : order).limit(LARGEST).toList();
        return new Mover(unit, before, largest);
    }

    /** Every top-level code of the later framework in its order, then those only in the earlier one. */
    static List<Contribution> contributions(Framework was, Before before, Framework is, UnitResult after) {
        Map<String, Double> then = meanShares(was, before);
        Map<String, Double> now = Shares.of(is, after);
        List<Contribution> out = new ArrayList<>();
        for (Node node : is.nodes()) {
            out.add(new Contribution(node, then.getOrDefault(node.code(), 0.0), now.get(node.code())));
        }
        for (Node node : was.nodes()) {
            if (!now.containsKey(node.code())) {
                out.add(new Contribution(node, then.get(node.code()), 0));
            }
        }
        return List.copyOf(out);
    }

    private static double held(Framework is, UnitResult after, Framework was, Before before) {
        double heldNow = after.index() - Shares.raw(Shares.of(is, after));
        double heldThen = before.index() - Shares.raw(meanShares(was, before));
        return heldNow - heldThen;
    }

    private static Map<String, Double> meanShares(Framework framework, Before before) {
        Map<String, Double> sum = new LinkedHashMap<>();
        for (UnitResult unit : before.units()) {
            Shares.of(framework, unit).forEach((code, share) -> sum.merge(code, share, Double::sum));
        }
        sum.replaceAll((code, total) -> total / before.units().size());
        return sum;
    }

    /** The unit's own result in a period, else that of the nearest generation of its predecessors with any. */
    static Optional<Before> before(PeriodResult then, String unitCode, Map<String, Unit> units) {
        Optional<UnitResult> own = then.unit(unitCode);
        if (own.isPresent()) {
            return Optional.of(new Before(List.of(own.get()), own.get().index(), own.get().rank(), then.size()));
        }
        for (List<String> generation : Lineage.generations(unitCode, units)) {
            List<UnitResult> found = generation.stream().map(then::unit).flatMap(Optional::stream).toList();
            if (!found.isEmpty()) {
                double index = found.stream().mapToDouble(UnitResult::index).average().orElseThrow();
                int rank = found.stream().mapToInt(UnitResult::rank).min().orElseThrow();
                return Optional.of(new Before(found, index, rank, then.size()));
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<Period> periods, String code) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new BadInputException("--period", 0, "no period \"" + code + "\"");
    }

    /** Rounds parts so that they add up to a target exactly. */
    static final class Apportion {
        private Apportion() { }

        static List<BigDecimal> round(List<Double> parts, BigDecimal target, int decimals) {
            List<BigDecimal> out = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (double part : parts) {
                BigDecimal r = BigDecimal.valueOf(part).setScale(decimals, RoundingMode.HALF_UP);
                out.add(r);
                sum = sum.add(r);
            }
            BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
            BigDecimal left = target.subtract(sum);
            int steps = left.divide(unit, 0, RoundingMode.HALF_UP).intValue();
            List<Integer> byRemainder = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                byRemainder.add(i);
            }
            // The parts whose rounding moved them furthest against the needed direction take the unit first.
            byRemainder.sort(Comparator.comparingDouble(i -> (steps > 0 ? 1 : -1)
                    * (out.get(i).doubleValue() - parts.get(i))));
            for (int k = 0; k < Math.abs(steps) && k < parts.size() * 2; k++) {
                int i = byRemainder.get(k % parts.size());
                out.set(i, out.get(i).add(steps > 0 ? unit : unit.negate()));
            }
            return out;
        }
    }
}
