package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.periods.Period;
import org.parindex.app.results.BandView;
import org.parindex.app.results.FieldHeader;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.RankingRow;
import org.parindex.app.results.RankingView;
import org.parindex.app.units.Units;
import org.parindex.core.framework.Framework;
import org.parindex.core.history.Lineage;
import org.springframework.stereotype.Component;

/** A period's ranking from its stored results, with the change of rank since the previous period. */
@Component
public class Rankings {

    private final PeriodViews periods;
    private final StoredResults stored;
    private final Units units;

    Rankings(PeriodViews periods, StoredResults stored, Units units) {
        this.periods = periods;
        this.stored = stored;
        this.units = units;
    }

    public Optional<RankingView> ranking(String code) {
        Optional<PeriodView> period = periods.find(code).filter(PeriodView::computed);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        Framework framework = periods.framework(code).framework();
        UnitDirectory directory = new UnitDirectory(units.all());
        Map<String, Map<String, Double>> fields = fields(code);
        Map<String, Integer> previous = previousRanks(code);
        String previousCode = periods.previousComputed(code).map(Period::code).orElse(null);
        List<RankingRow> rows = new ArrayList<>();
        for (StoredResults.Row r : stored.rows(code)) {
            Optional<Lineage.Earlier> earlier = directory.earlier(r.unit(), previous);
            Integer prev = earlier.map(Lineage.Earlier::rank).orElse(null);
            String prevUnit = earlier.filter(e -> !e.own()).map(Lineage.Earlier::unit).orElse(null);
            rows.add(new RankingRow(r.rank(), r.unit(), directory.name(r.unit()), r.points(), r.maximum(), r.index(),
                    r.bandCode(), r.bandName(), fields.getOrDefault(r.unit(), Map.of()), prev,
                    prev == null ? null : prev - r.rank(), prevUnit));
        }
        rows.sort(Comparator.comparingInt(RankingRow::rank).thenComparing(RankingRow::name, Units.VIETNAMESE));
        List<FieldHeader> headers = framework.nodes().stream()
                .map(n -> new FieldHeader(n.code(), n.name(), n.kind().code(), n.max())).toList();
        List<BandView> bands = framework.bands().stream().map(b -> new BandView(b.code(), b.name(), b.min())).toList();
        return Optional.of(new RankingView(period.get(), previousCode, headers, bands, rows,
                previous.isEmpty() ? null : previous.size()));
    }

    /** Unit → field code → % (null where the field does not apply to the unit). */
    Map<String, Map<String, Double>> fields(String period) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (StoredResults.NodeRow n : stored.topLevel(period)) {
            out.computeIfAbsent(n.unit(), k -> new LinkedHashMap<>()).put(n.node(), n.percent());
        }
        return out;
    }

    /**
     * Unit → rank in the previous period with results; empty when that ranking is not comparable with this one
     * (core's {@link Lineage#comparable}: a change of rank against another population of units would mislead).
     */
    Map<String, Integer> previousRanks(String period) {
        Map<String, Integer> out = new HashMap<>();
        periods.previousComputed(period).ifPresent(p -> stored.rows(p.code()).forEach(r -> out.put(r.unit(), r.rank())));
        List<String> now = stored.rows(period).stream().map(StoredResults.Row::unit).toList();
        Map<String, org.parindex.core.bundle.Unit> all = new HashMap<>();
        units.all().forEach(u -> all.put(u.code(), u.toCore()));
        return Lineage.comparable(now, out.keySet(), all) ? out : Map.of();
    }
}
