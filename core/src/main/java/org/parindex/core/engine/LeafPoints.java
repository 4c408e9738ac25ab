package org.parindex.core.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The points every unit of a sheet bound from rows earns on one leaf, as a code per unit into a table of the leaf's
 * distinct points: a leaf earns few distinct points (a yes/no two, tiers one per tier), so the codes read a quarter
 * of the memory of the values. A forecast reads last period's points this way where the stage has no value (see
 * {@link Columns}); made once per sheet and leaf, when first needed.
 */
final class LeafPoints {

    private static final int MOST = 1 << 16;

    final char[] code;     // unit -> position in table (units without a value: the points of 0.0, never read);
    final double[] table;  // null code: the table holds each unit's points (more distinct points than codes)

    private LeafPoints(char[] code, double[] table) {
        this.code = code;
        this.table = table;
    }

    /** The points of unit u (the engine's loop reads them the same way from local copies of the fields). */
    double at(int u) {
        return table[code == null ? u : code[u]];
    }

    /** The points of the sheet's leaf. */
    static LeafPoints of(ScoreSheet sheet, int leaf) {
        int n = sheet.units.size();
        double[] points = new double[n];
        LeafRules.apply(sheet.plan, sheet.plan.leafNode(leaf), sheet.values, leaf * n, n, points, 1, true);
        Map<Long, Integer> seen = new HashMap<>();
        char[] code = new char[n];
        double[] table = new double[Math.min(n, MOST)];
        for (int u = 0; u < n; u++) {
            Integer c = seen.putIfAbsent(Double.doubleToRawLongBits(points[u]), seen.size());
            if (c == null) {
                c = seen.size() - 1;
                if (c == MOST) {
                    return new LeafPoints(null, points);
                }
                table[c] = points[u];
            }
            code[u] = (char) c.intValue();
        }
        return new LeafPoints(code, Arrays.copyOf(table, seen.size()));
    }
}
