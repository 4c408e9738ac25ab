package org.parindex.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;

/**
 * Each top-level node's share of a unit's index, in index points, before the index is held within 0..100: they add
 * up to the unrounded index whenever {@code capAt100} and the floor at 0 do not bite.
 * <ul>
 *   <li>points aggregation: 100 × points / maximum (a deduction's share is negative);</li>
 *   <li>weighted: weight × % / sum of the weights of the scored nodes that apply (each % capped at 100 when the
 *   framework says so); a bonus or deduction adds 100 × points / maximum, as the engine does.</li>
 * </ul>
 */
final class Shares {

    private Shares() { }

    /** Top-level code → share, in the framework's order. */
    static Map<String, Double> of(Framework framework, UnitResult unit) {
        Map<String, Double> shares = new LinkedHashMap<>();
        double total = unit.maximum();
        if (framework.aggregation() == Aggregation.POINTS) {
            for (Node node : framework.nodes()) {
                shares.put(node.code(), total > 0 ? sign(node) * unit.points(node.code()) / total * 100 : 0);
            }
            return shares;
        }
        double weights = 0;
        for (Node node : framework.nodes()) {
            if (node.kind() == NodeKind.SCORED && unit.maximum(node.code()) > 0) {
                weights += weight(node);
            }
        }
        for (Node node : framework.nodes()) {
            double points = unit.points(node.code());
            double max = unit.maximum(node.code());
            double share;
            if (node.kind() != NodeKind.SCORED) {
                share = total > 0 ? sign(node) * points / total * 100 : 0;
            } else if (max > 0 && weights > 0) {
                double percent = Math.min(points / max * 100, framework.capAt100() ? 100 : Double.MAX_VALUE);
                share = weight(node) * percent / weights;
            } else {
                share = 0;
            }
            shares.put(node.code(), share);
        }
        return shares;
    }

    /** The sum of the shares: the index before it is held within 0..100. */
    static double raw(Map<String, Double> shares) {
        return shares.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double sign(Node node) {
        return node.kind() == NodeKind.DEDUCTION ? -1 : 1;
    }

    private static double weight(Node node) {
        return node.weight() == null ? 1 : node.weight();
    }
}
