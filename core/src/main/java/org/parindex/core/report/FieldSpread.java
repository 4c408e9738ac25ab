package org.parindex.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How one field's percentages spread over the units of a period: the mean, and the best and worst units
 * (ties keep the order given, usually the ranking's).
 *
 * @param average NaN when no unit has a percentage for the field
 */
public record FieldSpread(double average, List<UnitPercent> best, List<UnitPercent> worst) {

    /** The number of best and of worst units an overview names. */
    public static final int BEST_AND_WORST = 3;

    public record UnitPercent(String unit, double percent) { }

    /** From each unit's percentage (null where the field does not apply to the unit), in ranking order. */
    public static FieldSpread of(Map<String, Double> percentByUnit, int count) {
        List<UnitPercent> scored = new ArrayList<>();
        percentByUnit.forEach((unit, percent) -> {
            if (percent != null) {
                scored.add(new UnitPercent(unit, percent));
            }
        });
        double average = scored.stream().mapToDouble(UnitPercent::percent).average().orElse(Double.NaN);
        Comparator<UnitPercent> high = Comparator.comparingDouble(UnitPercent::percent).reversed();
        return new FieldSpread(average, scored.stream().sorted(high).limit(count).toList(),
                scored.stream().sorted(high.reversed()).limit(count).toList());
    }
}
