package org.parindex.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicator observations indexed by indicator and unit, each series by date, for "the latest on or before". */
public final class Indicators {

    public static final Indicators NONE = new Indicators(Map.of());

    private final Map<String, Map<String, Series>> byIndicator;

    private Indicators(Map<String, Map<String, Series>> byIndicator) {
        this.byIndicator = byIndicator;
    }

    public static Indicators of(List<Observation> observations) {
        Map<String, Map<String, List<Observation>>> grouped = new HashMap<>();
        for (Observation o : observations) {
            grouped.computeIfAbsent(o.indicator(), k -> new HashMap<>())
                    .computeIfAbsent(o.unit(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Map<String, Series>> index = new HashMap<>();
        grouped.forEach((indicator, byUnit) -> {
            Map<String, Series> series = new HashMap<>();
            byUnit.forEach((unit, list) -> series.put(unit, Series.of(list)));
            index.put(indicator, series);
        });
        return new Indicators(index);
    }

    /** The units' series of one indicator (unit code → series); empty when there is none. */
    Map<String, Series> of(String indicator) {
        return byIndicator.getOrDefault(indicator, Map.of());
    }

    /** The latest observation on or before a date. */
    public Optional<Observation> latest(String indicator, String unit, LocalDate asOf) {
        Series s = of(indicator).get(unit);
        return s == null ? Optional.empty() : Optional.ofNullable(s.latest(asOf));
    }

    /** One unit's observations of one indicator, oldest first; on the same date the later one in the input wins. */
    static final class Series {
        private final long[] days;
        private final Observation[] observations;

        private Series(long[] days, Observation[] observations) {
            this.days = days;
            this.observations = observations;
        }

        static Series of(List<Observation> list) {
            List<Observation> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Observation::date));   // stable: input order kept within a date
            long[] days = sorted.stream().mapToLong(o -> o.date().toEpochDay()).toArray();
            return new Series(days, sorted.toArray(new Observation[0]));
        }

        Observation latest(LocalDate asOf) {
            long day = asOf.toEpochDay();
            int lo = 0;
            int hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? null : observations[lo - 1];
        }
    }
}
