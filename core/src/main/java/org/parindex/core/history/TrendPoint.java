package org.parindex.core.history;

import java.util.List;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.UnitResult;

/**
 * A unit in one period: its own result, or, before it existed, the results of the units merged into it.
 *
 * @param own          the unit's result, or null when it did not take part
 * @param predecessors results of its predecessors in that period (empty when {@code own} is given)
 * @param units        how many units were ranked in the period
 */
public record TrendPoint(Period period, UnitResult own, List<UnitResult> predecessors, int units) {

    public boolean isOwn() {
        return own != null;
    }

    /** The index shown for the period: the unit's own, or the mean of its predecessors'. */
    public double index() {
        if (own != null) {
            return own.index();
        }
        return predecessors.stream().mapToDouble(UnitResult::index).average().orElse(Double.NaN);
    }
}
