package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parindex.app.results.FieldHeader;
import org.parindex.app.results.Overview;
import org.parindex.app.results.RankingRow;
import org.parindex.app.results.RankingView;
import org.springframework.stereotype.Component;

/** The assessor's overview of a period, from its stored ranking. */
@Component
public class Overviews {

    static final int BEST_AND_WORST = 3;

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
        List<Overview.FieldSummary> fields = new ArrayList<>();
        for (FieldHeader f : ranking.fields()) {
            List<Overview.UnitPercent> scored = rows.stream().filter(r -> r.fields().get(f.code()) != null)
                    .map(r -> new Overview.UnitPercent(r.unit(), r.name(), r.fields().get(f.code()))).toList();
            Double avg = scored.isEmpty() ? null
                    : scored.stream().mapToDouble(Overview.UnitPercent::percent).average().getAsDouble();
            Comparator<Overview.UnitPercent> high = Comparator.comparingDouble(Overview.UnitPercent::percent).reversed();
            List<Overview.UnitPercent> best = scored.stream().sorted(high).limit(BEST_AND_WORST).toList();
            List<Overview.UnitPercent> worst = scored.stream().sorted(high.reversed()).limit(BEST_AND_WORST).toList();
            fields.add(new Overview.FieldSummary(f.code(), f.name(), avg, best, worst));
        }
        return new Overview(ranking.period(), rows.size(), average, bands, fields);
    }
}
