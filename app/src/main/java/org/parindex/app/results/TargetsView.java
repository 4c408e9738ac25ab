package org.parindex.app.results;

import java.util.List;

/**
 * What it takes a unit to rise, as core's {@code Targets} computes it: the gap to the next band and to the next rank
 * (null at the top), and the items with points still to gain, most first.
 */
public record TargetsView(String unit, String period, double index, String bandCode, String bandName, int rank,
                          int of, BandGap nextBand, RankGap nextRank, List<Room> room) {

    /** @param points the gap in framework points (null under weighted aggregation) */
    public record BandGap(String code, String name, double min, double index, Double points) { }

    /** @param units the names of the units at that rank */
    public record RankGap(int rank, List<String> units, double target, double index, Double points) { }

    /**
     * An item with points to gain.
     *
     * @param value     its value as the scores file writes it (empty when missing)
     * @param fullValue the value, as a scores file writes it, that earns full points
     * @param fullText  the same in the rule's own words
     */
    public record Room(String node, String name, String value, double points, double max, double gain,
                       Double indexGain, String fullValue, String fullText) { }
}
