package org.parindex.core.engine;

import java.util.Arrays;

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
        char[] code = new char[n];
        Distinct distinct = new Distinct(Math.min(n, MOST));
        for (int u = 0; u < n; u++) {
            int c = distinct.code(points[u]);
            if (c == MOST) {
                return new LeafPoints(null, points);
            }
            code[u] = (char) c;
        }
        return new LeafPoints(code, distinct.table());
    }

    /** Numbers distinct points (by their bits) in the order first met, by open addressing (the table grows). */
    private static final class Distinct {
        private final long[] bits;
        private int size;
        private int[] slots = new int[32];   // hash -> code + 1, 0 when free; at most half full

        Distinct(int most) {
            bits = new long[most];
        }

        /** The point's code, a new one when first met; {@link #MOST} when there would be more codes than that. */
        int code(double point) {
            long key = Double.doubleToRawLongBits(point);
            int at = slot(slots, key);
            if (slots[at] != 0) {
                return slots[at] - 1;
            }
            if (size == bits.length) {
                return MOST;
            }
            bits[size] = key;
            slots[at] = ++size;
            if (2 * size > slots.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            int[] larger = new int[2 * slots.length];
            for (int c = 0; c < size; c++) {
                larger[slot(larger, bits[c])] = c + 1;
            }
            slots = larger;
        }

        /** The slot holding key, or the free slot where it would go. */
        private int slot(int[] slots, long key) {
            int mask = slots.length - 1;   // the product's top bits depend on every bit of the key
            int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> Long.numberOfLeadingZeros(mask));
            while (slots[at] != 0 && bits[slots[at] - 1] != key) {
                at = (at + 1) & mask;
            }
            return at;
        }

        double[] table() {
            double[] out = new double[size];
            Arrays.setAll(out, c -> Double.longBitsToDouble(bits[c]));
            return out;
        }
    }
}
