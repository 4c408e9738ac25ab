package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.parindex.app.scores.Scores;
import org.parindex.app.results.FieldResult;
import org.parindex.app.results.Headline;
import org.parindex.app.results.NodeView;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.TrendRow;
import org.parindex.app.results.UnitPage;
import org.parindex.app.results.UnitView;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.history.Lineage;
import org.parindex.core.report.FieldSpread;
import org.springframework.stereotype.Component;

/** A unit's page: headline, fields, trend across periods (following lineage) and the scored framework tree. */
@Component
public class UnitPages {

    private final PeriodViews periods;
    private final StoredResults stored;
    private final Rankings rankings;
    private final Units units;
    private final Scores scores;

    UnitPages(PeriodViews periods, StoredResults stored, Rankings rankings, Units units, Scores scores) {
        this.periods = periods;
        this.stored = stored;
        this.rankings = rankings;
        this.units = units;
        this.scores = scores;
    }

    /** The page for a period, or for the latest period with a result of the unit when {@code period} is null. */
    public Optional<UnitPage> page(String unitCode, String period, Predicate<PeriodView> visible) {
        Optional<Unit> unit = units.find(unitCode);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        UnitDirectory directory = new UnitDirectory(units.all());
        List<TrendRow> trend = trend(unitCode, directory, visible);
        String code = period != null ? period : trend.stream().filter(t -> !t.viaLineage())
                .reduce((a, b) -> b).map(TrendRow::period).orElse(null);
        UnitView view = view(unit.get());
        Optional<StoredResults.Row> row = code == null ? Optional.empty()
                : stored.rows(code).stream().filter(r -> r.unit().equals(unitCode)).findFirst();
        if (row.isEmpty()) {
            PeriodView pv = code == null ? null : periods.find(code).orElse(null);
            return period != null && pv == null ? Optional.empty()
                    : Optional.of(new UnitPage(view, pv, null, List.of(), trend, List.of()));
        }
        PeriodView pv = periods.find(code).orElseThrow();
        Framework framework = periods.framework(code).framework();
        Map<String, StoredResults.NodeRow> nodes = stored.nodes(code, unitCode).stream()
                .collect(Collectors.toMap(StoredResults.NodeRow::node, n -> n));
        Map<String, ScoreRow> values = scores.ofUnit(code, unitCode).stream()   // not the period's (a million rows)
                .filter(s -> s.stage() == Stage.FINAL)
                .collect(Collectors.toMap(ScoreRow::node, s -> s, (a, b) -> a));
        return Optional.of(new UnitPage(view, pv, headline(code, row.get(), directory), fields(code, framework, nodes),
                trend, tree(framework.nodes(), 0, nodes, values)));
    }

    private Headline headline(String period, StoredResults.Row r, UnitDirectory directory) {
        Map<String, Integer> previous = rankings.previousRanks(period);
        Integer prev = directory.earlier(r.unit(), previous).map(Lineage.Earlier::rank).orElse(null);
        int of = stored.rows(period).size();
        return new Headline(r.rank(), of, r.index(), r.bandCode(), r.bandName(), r.points(), r.maximum(), prev,
                prev == null ? null : prev - r.rank(), prev == null ? null : previous.size());
    }

    private List<FieldResult> fields(String period, Framework framework, Map<String, StoredResults.NodeRow> nodes) {
        Map<String, Map<String, Double>> byField = new HashMap<>();
        for (StoredResults.NodeRow n : stored.topLevel(period)) {
            byField.computeIfAbsent(n.node(), k -> new LinkedHashMap<>()).put(n.unit(), n.percent());
        }
        List<FieldResult> out = new ArrayList<>();
        for (Node field : framework.nodes()) {
            StoredResults.NodeRow n = nodes.get(field.code());
            if (n != null) {
                double mean = FieldSpread.of(byField.getOrDefault(field.code(), Map.of()), 0).average();
                Double avg = Double.isNaN(mean) ? null : mean;
                out.add(new FieldResult(field.code(), field.name(), field.kind().code(), n.points(), n.maximum(),
                        n.percent(), avg));
            }
        }
        return out;
    }

    private List<TrendRow> trend(String unitCode, UnitDirectory directory, Predicate<PeriodView> visible) {
        List<TrendRow> out = new ArrayList<>();
        for (PeriodView p : periods.all()) {
            if (!p.computed() || !visible.test(p)) {
                continue;
            }
            List<StoredResults.Row> rows = stored.rows(p.code());
            Map<String, StoredResults.Row> byUnit = rows.stream()
                    .collect(Collectors.toMap(StoredResults.Row::unit, r -> r));
            Set<String> present = byUnit.keySet();
            for (String u : directory.nearestIn(unitCode, present)) {
                StoredResults.Row r = byUnit.get(u);
                out.add(new TrendRow(p.code(), p.name(), u, directory.name(u), r.rank(), rows.size(), r.index(),
                        r.bandCode(), r.bandName(), !u.equals(unitCode)));
            }
        }
        return out;
    }

    private List<NodeView> tree(List<Node> level, int depth, Map<String, StoredResults.NodeRow> nodes,
                                Map<String, ScoreRow> values) {
        List<NodeView> out = new ArrayList<>();
        for (Node n : level) {
            StoredResults.NodeRow r = nodes.get(n.code());
            if (r == null) {
                continue;
            }
            ScoreRow s = values.get(n.code());
            out.add(new NodeView(n.code(), n.name(), n.kind().code(), depth, r.maximum(),
                    n.isLeaf() ? RuleText.of(n) : null, n.evidence(), n.source(), s == null ? null : s.value(),
                    s == null ? null : s.note(), s == null ? null : s.evidence(), r.points(), r.percent(), r.entry(),
                    tree(n.children(), depth + 1, nodes, values)));
        }
        return out;
    }

    private static UnitView view(Unit u) {
        return new UnitView(u.code(), u.name(), u.group(), u.validFrom(), u.validTo(), u.predecessors());
    }
}
