package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.IndicatorSeries;
import org.parindex.core.analysis.Observation;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Rule;
import org.parindex.core.io.IndicatorsCsv;
import org.springframework.stereotype.Component;

/**
 * The series of a unit's numeric indicators in a period, with each item's full-points threshold (core's rule). Made
 * for all the period's units at once and kept while {@link PeriodFeeds} gives the same feeds (until a stored change).
 */
@Component
public class IndicatorCharts {

    private final Periods periods;
    private final Frameworks frameworks;
    private final PeriodFeeds feeds;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    IndicatorCharts(Periods periods, Frameworks frameworks, PeriodFeeds feeds) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.feeds = feeds;
    }

    /** What feeds a stored period (for its survey results). */
    public org.parindex.core.feeds.Feeds feeds(String period) {
        return feeds.of(period);
    }

    /** A unit's series, made for every unit of the period at once and kept until its feeds change. */
    public List<IndicatorSeries> of(String period, String unit) {
        var p = periods.find(period).orElse(null);
        if (p == null) {
            return List.of();
        }
        var f = feeds.of(period);
        Kept k = kept.get(period);
        if (k == null || k.feeds() != f || k.frameworkId() != p.frameworkId()) {
            k = new Kept(f, p.frameworkId(), all(f, frameworks.byId(p.frameworkId()).orElseThrow().framework()));
            kept.put(period, k);
        }
        return k.byUnit().getOrDefault(unit, List.of());
    }

    private record Kept(org.parindex.core.feeds.Feeds feeds, long frameworkId,
                        Map<String, List<IndicatorSeries>> byUnit) { }

    private static Map<String, List<IndicatorSeries>> all(org.parindex.core.feeds.Feeds f,
                                                          org.parindex.core.framework.Framework framework) {
        Map<String, Map<String, List<Observation>>> byUnit = f.observations().stream().collect(Collectors.groupingBy(
                Observation::unit, Collectors.groupingBy(Observation::indicator)));
        List<Node> charted = framework.allNodes().stream().filter(n -> n.isLeaf() && n.source() != null
                && n.source().startsWith(IndicatorsCsv.SOURCE)
                && (n.rule() instanceof Rule.Linear || n.rule() instanceof Rule.Tiers)).toList();
        Map<String, List<IndicatorSeries>> out = new HashMap<>();
        byUnit.forEach((unit, byIndicator) -> out.put(unit, series(charted, byIndicator)));
        return out;
    }

    private static List<IndicatorSeries> series(List<Node> charted, Map<String, List<Observation>> byIndicator) {
        List<IndicatorSeries> out = new ArrayList<>();
        for (Node n : charted) {
            String code = n.source().substring(IndicatorsCsv.SOURCE.length());
            List<Observation> series = byIndicator.get(code);
            if (series == null) {
                continue;
            }
            List<Observation> sorted = series.stream().sorted(Comparator.comparing(Observation::date)).toList();
            out.add(new IndicatorSeries(n.code(), n.name(), code, n.rule().fullPointsAt(n.max()),
                    n.rule().lowerIsBetter(), sorted.stream().map(o -> o.date().toString()).toList(),
                    sorted.stream().map(o -> Double.parseDouble(o.value())).toList(),
                    sorted.get(sorted.size() - 1).source()));
        }
        return List.copyOf(out);
    }
}
