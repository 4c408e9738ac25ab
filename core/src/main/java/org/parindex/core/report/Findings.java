package org.parindex.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;
import org.parindex.core.history.History;

/**
 * What the data says about why a unit's result is what it is: the top-level nodes that fell most, those far
 * below the peers' average, the measured rates below their full-points threshold, and where most points are left.
 */
public record Findings(List<History.NodeChange> fallen, List<PeerGap> belowPeers, List<RateGap> rates,
                       List<Room> room) {

    /** Falls smaller than this many percentage points are not worth a line. */
    static final double NOTABLE_FALL = 5;
    /** A node this many percentage points under the peers' average is far below it. */
    static final double FAR_BELOW = 10;
    static final int TOP = 5;

    /** A top-level node well under the average of all units of the period. */
    public record PeerGap(Node node, double percent, double average) { }

    /** A rate-based leaf whose measured value earns less than its maximum. */
    public record RateGap(Node node, double value, double fullAt, double points, double max) {
        public double lost() {
            return max - points;
        }
    }

    /** Points a top-level node leaves on the table. */
    public record Room(Node node, double points, double max) {
        public double missing() {
            return max - points;
        }
    }

    public static Findings of(PeriodResult period, UnitResult unit, History.Change change) {
        return new Findings(fallen(change), belowPeers(period, unit), rates(period, unit), room(period, unit));
    }

    private static List<History.NodeChange> fallen(History.Change change) {
        if (change == null) {
            return List.of();
        }
        return change.nodes().stream().filter(c -> c.delta() <= -NOTABLE_FALL).limit(TOP).toList();
    }

    private static List<PeerGap> belowPeers(PeriodResult period, UnitResult unit) {
        List<PeerGap> gaps = new ArrayList<>();
        for (Node node : scoredTopLevel(period)) {
            double p = unit.percent(node.code());
            double avg = period.averagePercent(node.code());
            if (!Double.isNaN(p) && !Double.isNaN(avg) && avg - p >= FAR_BELOW) {
                gaps.add(new PeerGap(node, p, avg));
            }
        }
        gaps.sort(Comparator.comparingDouble(g -> g.percent() - g.average()));
        return gaps.stream().limit(TOP).toList();
    }

    private static List<RateGap> rates(PeriodResult period, UnitResult unit) {
        Plan plan = period.plan();
        List<RateGap> gaps = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Node node = plan.node(i);
            if (!node.isLeaf() || node.kind() != NodeKind.SCORED) {
                continue;
            }
            double fullAt = node.rule().fullPointsAt(node.max());
            UnitResult.NodeValue v = unit.node(node.code());
            if (Double.isNaN(fullAt) || v.entry() != UnitResult.Entry.VALUE
                    || v.points() >= v.maximum() - Numbers.EPSILON) {
                continue;
            }
            gaps.add(new RateGap(node, v.value(), fullAt, v.points(), v.maximum()));
        }
        gaps.sort(Comparator.comparingDouble(RateGap::lost).reversed());
        return gaps.stream().limit(TOP).toList();
    }

    private static List<Room> room(PeriodResult period, UnitResult unit) {
        List<Room> room = new ArrayList<>();
        for (Node node : scoredTopLevel(period)) {
            double max = unit.maximum(node.code());
            double points = unit.points(node.code());
            if (max > 0 && max - points > Numbers.EPSILON) {
                room.add(new Room(node, points, max));
            }
        }
        room.sort(Comparator.comparingDouble(Room::missing).reversed());
        return room.stream().limit(3).toList();
    }

    static List<Node> scoredTopLevel(PeriodResult period) {
        return period.framework().nodes().stream().filter(n -> n.kind() == NodeKind.SCORED).toList();
    }
}
