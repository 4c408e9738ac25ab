package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.IndicatorSeries;
import org.parindex.core.analysis.Observation;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Rule;
import org.parindex.core.io.IndicatorsCsv;
import org.springframework.stereotype.Component;

/** The series of a unit's numeric indicators in a period, with each item's full-points threshold (core's rule). */
@Component
public class IndicatorCharts {

    private final Periods periods;
    private final Frameworks frameworks;
    private final PeriodFeeds feeds;

    IndicatorCharts(Periods periods, Frameworks frameworks, PeriodFeeds feeds) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.feeds = feeds;
    }

    /** What feeds a stored period (for its survey results). */
    public org.parindex.core.feeds.Feeds feeds(String period) {
        return feeds.of(period);
    }

    public List<IndicatorSeries> of(String period, String unit) {
        var p = periods.find(period).orElse(null);
        if (p == null) {
            return List.of();
        }
        Map<String, List<Observation>> byIndicator = feeds.of(period).observations().stream()
                .filter(o -> o.unit().equals(unit)).collect(Collectors.groupingBy(Observation::indicator));
        if (byIndicator.isEmpty()) {
            return List.of();
        }
        List<IndicatorSeries> out = new ArrayList<>();
        var framework = frameworks.byId(p.frameworkId()).orElseThrow().framework();
        for (Node n : framework.allNodes()) {
            if (!n.isLeaf() || n.source() == null || !n.source().startsWith(IndicatorsCsv.SOURCE)
                    || !(n.rule() instanceof Rule.Linear || n.rule() instanceof Rule.Tiers)) {
                continue;
            }
            List<Observation> series = byIndicator.get(n.source().substring(IndicatorsCsv.SOURCE.length()));
            if (series == null) {
                continue;
            }
            List<Observation> sorted = series.stream().sorted(java.util.Comparator.comparing(Observation::date)).toList();
            out.add(new IndicatorSeries(n.code(), n.name(), n.source().substring(IndicatorsCsv.SOURCE.length()),
                    n.rule().fullPointsAt(n.max()), n.rule().lowerIsBetter(),
                    sorted.stream().map(o -> o.date().toString()).toList(),
                    sorted.stream().map(o -> Double.parseDouble(o.value())).toList(),
                    sorted.get(sorted.size() - 1).source()));
        }
        return out;
    }
}
