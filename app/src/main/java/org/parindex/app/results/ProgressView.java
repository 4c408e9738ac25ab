package org.parindex.app.results;

import java.util.List;

/**
 * Whether an action's linked items improved: points before (the plan's period) and after (the next period with
 * results), and the change of their share of the maximum in percentage points (null where unknown).
 */
public record ProgressView(String period, String periodName, List<Node> nodes, Double percentChange) {

    public record Node(String node, Double before, Double beforeMax, Double after, Double afterMax,
                       Double percentChange) { }
}
