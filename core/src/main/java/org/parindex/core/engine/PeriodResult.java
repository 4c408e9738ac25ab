package org.parindex.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;

/** The computed results of every unit of one period: points, index, band and rank, and every parent node's result. */
public final class PeriodResult {

    final ScoreSheet sheet;
    final int[] slotOf;
    final Columns columns;
    final double[] points;
    final double[] maximum;
    final double[] index;
    final int[] rank;
    final int[] missing;
    private final int[] order;

    PeriodResult(ScoreSheet sheet, int[] slotOf, Columns columns, double[] points,
                 double[] maximum, double[] index, int[] rank, int[] missing, int[] order) {
        this.sheet = sheet;
        this.slotOf = slotOf;
        this.columns = columns;
        this.points = points;
        this.maximum = maximum;
        this.index = index;
        this.rank = rank;
        this.missing = missing;
        this.order = order;
    }

    public Framework framework() {
        return sheet.plan.framework;
    }

    public Plan plan() {
        return sheet.plan;
    }

    public int size() {
        return order.length;
    }

    /** Every unit's result, best rank first (ties in Vietnamese alphabetical order). */
    public List<UnitResult> ranking() {
        List<UnitResult> out = new ArrayList<>(order.length);
        for (int u : order) {
            out.add(new UnitResult(this, u));
        }
        return out;
    }

    public Optional<UnitResult> unit(String code) {
        for (int u = 0; u < sheet.units.size(); u++) {
            if (sheet.units.get(u).code().equals(code)) {
                return Optional.of(new UnitResult(this, u));
            }
        }
        return Optional.empty();
    }

    /** Every ranked unit's code and rank, best rank first. */
    public Map<String, Integer> ranks() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int u : order) {
            out.put(unitAt(u).code(), rank[u]);
        }
        return out;
    }

    /** The codes of the units that took part. */
    public Set<String> unitCodes() {
        return ranks().keySet();
    }

    /** The mean percentage of a node over the units where it applies, or NaN. */
    public double averagePercent(String nodeCode) {
        double sum = 0;
        int count = 0;
        for (int u = 0; u < order.length; u++) {
            double p = new UnitResult(this, u).percent(nodeCode);
            if (!Double.isNaN(p)) {
                sum += p;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    Unit unitAt(int u) {
        return sheet.units.get(u);
    }

    Band bandOf(int u) {
        return framework().band(index[u]);
    }
}
