package org.parindex.app.results;

import java.util.List;

/**
 * One unit's observed series of an indicator in a period, for a small chart: the item it feeds, the value that earns
 * the item's full points (drawn as a line; lower is better when {@code lowerIsBetter}), and the dated values that
 * count (the latest appended for each date), oldest first.
 */
public record IndicatorSeries(String node, String name, String indicator, double fullPointsAt, boolean lowerIsBetter,
                              List<String> dates, List<Double> values, String source) { }
