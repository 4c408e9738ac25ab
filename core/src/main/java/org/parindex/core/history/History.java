package org.parindex.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;

/** Ranks and indices of a unit across periods, following its lineage through merges, and what changed. */
public final class History {

    private final BundleResults results;

    public History(BundleResults results) {
        this.results = results;
    }

    /** One point per period, oldest first; periods where neither the unit nor its predecessors took part are left out. */
    public List<TrendPoint> trend(String unitCode) {
        Map<String, Unit> units = results.bundle().unitsByCode();
        List<TrendPoint> trend = new ArrayList<>();
        for (Period period : results.periods()) {
            PeriodResult r = results.result(period.code());
            List<String> standing = Lineage.nearestIn(unitCode, units, r.unitCodes());
            if (standing.equals(List.of(unitCode))) {
                trend.add(new TrendPoint(period, r.unit(unitCode).orElseThrow(), List.of(), r.size()));
            } else if (!standing.isEmpty()) {
                List<UnitResult> found = standing.stream().map(r::unit).flatMap(Optional::stream).toList();
                trend.add(new TrendPoint(period, null, found, r.size()));
            }
        }
        return trend;
    }

    /**
     * The change of a unit's result from the period before {@code periodCode}, following its lineage: before a
     * merger the unit is compared with its best-ranked nearest predecessor (see {@link Lineage#earlier}).
     */
    public Optional<Change> change(String periodCode, String unitCode) {
        Optional<Period> previous = results.previous(periodCode);
        Optional<UnitResult> now = results.unit(periodCode, unitCode);
        if (previous.isEmpty() || now.isEmpty()) {
            return Optional.empty();
        }
        PeriodResult before = results.result(previous.get().code());
        return Lineage.earlier(unitCode, results.bundle().unitsByCode(), before.ranks())
                .flatMap(e -> before.unit(e.unit()))
                .map(b -> Change.between(previous.get(), b, now.get(), results.result(periodCode)));
    }

    /** A unit's change between two periods; node changes are for top-level nodes present in both, worst first. */
    public record Change(Period previous, UnitResult before, UnitResult after, List<NodeChange> nodes) {

        static Change between(Period previous, UnitResult before, UnitResult after, PeriodResult period) {
            List<NodeChange> nodes = new ArrayList<>();
            for (int i : period.plan().topLevel()) {
                Node node = period.plan().node(i);
                double was = before.percent(node.code());
                double is = after.percent(node.code());
                if (!Double.isNaN(was) && !Double.isNaN(is)) {
                    nodes.add(new NodeChange(node, was, is));
                }
            }
            nodes.sort(Comparator.comparingDouble(NodeChange::delta));
            return new Change(previous, before, after, List.copyOf(nodes));
        }

        /** Positive when the unit moved up (a smaller rank number). */
        public int rankGain() {
            return before.rank() - after.rank();
        }

        /** True when the unit is compared with a predecessor (its first period after a merger). */
        public boolean viaPredecessor() {
            return !before.unit().code().equals(after.unit().code());
        }

        public double indexDelta() {
            return after.index() - before.index();
        }
    }

    /** A top-level node's percentage before and after. */
    public record NodeChange(Node node, double before, double after) {
        public double delta() {
            return after - before;
        }
    }
}
