package org.parindex.core.feeds;

/**
 * A satisfaction share: {@code satisfied} of {@code answers} answers, as a % with its 95 % confidence interval
 * (Wilson score interval, z = 1.96), all in percent.
 */
public record Share(int satisfied, int answers, double percent, double low, double high) {

    private static final double Z = 1.96;

    public static Share of(int satisfied, int answers) {
        if (answers == 0) {
            return new Share(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double n = answers;
        double p = satisfied / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // one division, so that 371 of 400 is exactly 92.75 as a scores file would write it
        return new Share(satisfied, answers, 100.0 * satisfied / answers, 100 * Math.max(0, centre - half),
                100 * Math.min(1, centre + half));
    }

    public boolean empty() {
        return answers == 0;
    }
}
