package org.parindex.app.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why a unit's index and rank changed since the previous period it (or its predecessors) took part in, as core's
 * {@code IndexChange} computes it. Indices are unrounded; {@code displayed} values are rounded to the period's
 * decimals so that they add up exactly to {@code indexDelta}.
 *
 * @param before       the units whose result stands for "before" (the unit itself, or its predecessors)
 * @param held         what holding the index within 0..100 added (rounded like the contributions)
 */
public record ExplainView(String unit, String unitName, String period, String previous, String previousName,
                          List<String> before, double indexBefore, double indexAfter, BigDecimal indexDelta,
                          int rankBefore, int ofBefore, int rankAfter, int of, int rankGain,
                          List<Contribution> contributions, BigDecimal held, List<Mover> passedBy,
                          List<Mover> passed) {

    /** A top-level node's share of the index before and after and its contribution ({@code displayed} rounded). */
    public record Contribution(String node, String name, double before, double after, double value,
                               BigDecimal displayed) { }

    /** Another unit whose order with this one changed, with its largest contributions. */
    public record Mover(String unit, String name, int rankBefore, int rankAfter, double indexDelta,
                        List<Contribution> largest) { }
}
