package org.parindex.app.assessments;

import java.util.Map;

/**
 * A unit's running totals at one stage as core computed them: the index, points, maximum, band and every node's
 * points, maximum and percentage (NaN where the maximum is 0).
 */
public record Totals(double index, double points, double maximum, String band, int missing,
                     Map<String, NodeTotal> nodes) {

    public record NodeTotal(double points, double maximum, double percent) { }

    public Totals {
        nodes = Map.copyOf(nodes);
    }
}
