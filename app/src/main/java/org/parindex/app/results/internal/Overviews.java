package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.results.FieldHeader;
import org.parindex.app.results.Overview;
import org.parindex.app.results.RankingRow;
import org.parindex.app.results.RankingView;
import org.parindex.core.report.FieldSpread;
import org.springframework.stereotype.Component;

/** The assessor's overview of a period, from its stored ranking; core's {@link FieldSpread} sums up each field. */
@Component
public class Overviews {

    private final Rankings rankings;

    Overviews(Rankings rankings) {
        this.rankings = rankings;
    }

    public Optional<Overview> overview(String period) {
        return rankings.ranking(period).map(Overviews::overview);
    }

    private static Overview overview(RankingView ranking) {
        List<RankingRow> rows = ranking.rows();
        List<Overview.BandCount> bands = ranking.bands().stream().map(b -> new Overview.BandCount(b.code(), b.name(),
                b.min(), (int) rows.stream().filter(r -> r.bandCode().equals(b.code())).count())).toList();
        double average = rows.stream().mapToDouble(RankingRow::index).average().orElse(Double.NaN);
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.unit(), r.name()));
        List<Overview.FieldSummary> fields = new ArrayList<>();
        for (FieldHeader f : ranking.fields()) {
            Map<String, Double> percents = new LinkedHashMap<>();
            rows.forEach(r -> percents.put(r.unit(), r.fields().get(f.code())));
            FieldSpread spread = FieldSpread.of(percents, FieldSpread.BEST_AND_WORST);
            fields.add(new Overview.FieldSummary(f.code(), f.name(),
                    Double.isNaN(spread.average()) ? null : spread.average(),
                    units(spread.best(), names), units(spread.worst(), names)));
        }
        return new Overview(ranking.period(), rows.size(), average, bands, fields);
    }

    private static List<Overview.UnitPercent> units(List<FieldSpread.UnitPercent> spread, Map<String, String> names) {
        return spread.stream().map(u -> new Overview.UnitPercent(u.unit(), names.get(u.unit()), u.percent())).toList();
    }
}
