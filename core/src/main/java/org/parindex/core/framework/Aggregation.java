package org.parindex.core.framework;

/** points: total points over total maximum; weighted: mean of the top-level percentages by weight. */
public enum Aggregation {
    POINTS, WEIGHTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
