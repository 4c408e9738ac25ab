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
    private volatile long[] sortedKeys;

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
        int u = sheet.position(code);
        return u < 0 ? Optional.empty() : Optional.of(new UnitResult(this, u));
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

    /** The sheet the result was scored from. */
    public ScoreSheet sheet() {
        return sheet;
    }

    /** The units in their position order (the positions the methods taking {@code int unit} use). */
    public List<Unit> units() {
        return sheet.units;
    }

    /** A unit's position, or -1 when it has no result in the period. */
    public int position(String unitCode) {
        return sheet.position(unitCode);
    }

    public UnitResult at(int unit) {
        return new UnitResult(this, unit);
    }

    public double index(int unit) {
        return index[unit];
    }

    /** Points of a top-level or parent node of the unit at a position (what {@link UnitResult#points(String)} gives). */
    public double points(int node, int unit) {
        return columns.points[slotOf[node]][unit];
    }

    /** Applicable maximum of a top-level or parent node, capped for a bonus or deduction parent. */
    public double maximum(int node, int unit) {
        return columns.max(node, unit);
    }

    /**
     * The rank an index would get among the other units of the period, the unit at {@code unit} left out (or none,
     * with -1): one more than the number of others with a higher index, as {@link #ranking()} ranks. O(log n).
     */
    public int rankAmong(double value, int unit) {
        long[] sorted = sortedKeys();
        long key = Ranking.key(value);
        int above = sorted.length - upperBound(sorted, key);
        if (unit >= 0 && Ranking.key(index[unit]) > key) {
            above--;
        }
        return above + 1;
    }

    private long[] sortedKeys() {
        long[] keys = sortedKeys;
        if (keys == null) {
            keys = new long[index.length];
            for (int u = 0; u < index.length; u++) {
                keys[u] = Ranking.key(index[u]);
            }
            java.util.Arrays.sort(keys);
            sortedKeys = keys;
        }
        return keys;
    }

    /** The first position whose key is greater than {@code key}. */
    private static int upperBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Unit unitAt(int u) {
        return sheet.units.get(u);
    }

    Band bandOf(int u) {
        return framework().band(index[u]);
    }
}
