package org.parindex.core.engine;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Ranks units by the unrounded index, high to low: equal indices share a rank and the next rank is skipped
 * (1, 2, 2, 4); units of equal index are listed in Vietnamese alphabetical order of their names.
 */
final class Ranking {

    /** Keys are the index (0..100) to 1e-9, so below 2^37; 24 bits are left for the unit's position. */
    private static final long MAX_KEY = 1L << 38;

    final int[] order;
    final int[] rank;

    private Ranking(int[] order, int[] rank) {
        this.order = order;
        this.rank = rank;
    }

    static Ranking of(ScoreSheet sheet, double[] index) {
        long[] key = keys(index);
        int[] order = order(sheet, key);
        return new Ranking(order, rank(key, order));
    }

    /** The index to 1e-9, which absorbs the rounding of sums of decimal points, nothing more. */
    private static long[] keys(double[] index) {
        long[] key = new long[index.length];
        for (int i = 0; i < index.length; i++) {
            key[i] = key(index[i]);
        }
        return key;
    }

    static long key(double index) {
        return Math.round(index * 1e9);
    }

    private static int[] order(ScoreSheet sheet, long[] key) {
        int n = key.length;
        long[] packed = new long[n];
        for (int u = 0; u < n; u++) {
            packed[u] = (MAX_KEY - key[u]) << 24 | u;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int pos = 0; pos < n; pos++) {
            order[pos] = (int) (packed[pos] & 0xFFFFFF);
        }
        sortTiesByName(sheet, key, order);
        return order;
    }

    private static void sortTiesByName(ScoreSheet sheet, long[] key, int[] order) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<Integer> byName = Comparator.<Integer, String>comparing(u -> sheet.units.get(u).name(), collator)
                .thenComparing(u -> sheet.units.get(u).code());
        for (int start = 0; start < order.length; ) {
            int end = start + 1;
            while (end < order.length && key[order[end]] == key[order[start]]) {
                end++;
            }
            if (end - start > 1) {
                Integer[] tie = Arrays.stream(order, start, end).boxed().toArray(Integer[]::new);
                Arrays.sort(tie, byName);
                for (int k = 0; k < tie.length; k++) {
                    order[start + k] = tie[k];
                }
            }
            start = end;
        }
    }

    private static int[] rank(long[] key, int[] order) {
        int[] rank = new int[key.length];
        for (int pos = 0; pos < order.length; pos++) {
            int u = order[pos];
            boolean tie = pos > 0 && key[u] == key[order[pos - 1]];
            rank[u] = tie ? rank[order[pos - 1]] : pos + 1;
        }
        return rank;
    }
}
