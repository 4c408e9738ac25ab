package org.parindex.core.plans;

import java.util.List;
import org.parindex.core.analysis.FullPoints;
import org.parindex.core.analysis.Targets;

/**
 * Where a plan may start: the weakest items (most framework points still to gain) and the measured rates below
 * their full-points threshold, each from core's {@link Targets} (most points first).
 */
public record StartingPoints(List<Targets.Room> weakest, List<Targets.Room> failingRates) {

    public static StartingPoints of(Targets targets, int limit) {
        List<Targets.Room> rates = targets.room().stream().filter(StartingPoints::isRate).limit(limit).toList();
        List<Targets.Room> weakest = targets.room().stream().filter(r -> !isRate(r)).limit(limit).toList();
        return new StartingPoints(weakest, rates);
    }

    private static boolean isRate(Targets.Room room) {
        return room.node().isLeaf() && FullPoints.isRate(room.node());
    }
}
