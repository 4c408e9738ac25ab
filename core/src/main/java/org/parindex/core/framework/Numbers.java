package org.parindex.core.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.parindex.core.problem.Refusal;
import org.parindex.core.problem.Text;

/** Reading and writing the plain numbers of the open formats (dot decimal, no grouping). */
public final class Numbers {

    /** Tolerance for comparing sums of decimal points held as doubles. */
    public static final double EPSILON = 1e-9;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Numbers() { }

    /**
     * A decimal number written plainly (2, 0.25, -3).
     *
     * @param expected the key of what was expected, in {@code org.parindex.core.problem.messages} ("aNumber")
     * @throws Refusal naming the raw text and what was expected
     */
    public static double parse(String raw, String expected) {
        String s = raw.trim();
        if (s.isEmpty() || !DECIMAL.matcher(s).matches()) {
            throw new Refusal("notA", raw, Text.of(expected));
        }
        return Double.parseDouble(s);
    }

    /** The shortest plain decimal form: 2, 0.25, 15.4. */
    public static String plain(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Rounded half-up to {@code decimals} places, as the formats print results: 73.90. */
    public static String fixed(double value, int decimals) {
        return round(value, decimals).toPlainString();
    }

    public static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    public static boolean isMultiple(double value, double step) {
        double q = value / step;
        return Math.abs(q - Math.rint(q)) < 1e-7;
    }

    public static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-7;
    }
}
