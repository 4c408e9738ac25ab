package org.parindex.app.assessments.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parindex.app.assessments.Scores;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Framework;
import org.parindex.core.problem.Problems;
import org.springframework.stereotype.Component;

/** The ranking being published, as core computes it from the final rows, written as CSV to be kept for good. */
@Component
public class PublishedRanking {

    private final PeriodContext context;
    private final Scores scores;

    PublishedRanking(PeriodContext context, Scores scores) {
        this.context = context;
        this.scores = scores;
    }

    public String csv(Period period) {
        Framework framework = context.framework(period);
        Map<String, Unit> units = new LinkedHashMap<>();
        period.unitCodes().forEach(u -> units.put(u, context.unit(period, u)));
        var core = new org.parindex.core.bundle.Period(period.code(), period.name(), framework.id(), framework,
                "scores/" + period.code() + ".csv", scores.of(period.code()), period.announcedOn(), period.startsOn(),
                period.endsOn());
        var result = Engine.score(ScoreSheet.bind(new Plan(framework), core, units, Stage.FINAL, new Problems()));
        StringBuilder csv = new StringBuilder("rank,unit,points,maximum,index,band\n");
        for (UnitResult r : result.ranking()) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s%n", r.rank(), r.unit().code(), r.points(),
                    r.maximum(), r.index(), r.band().code()));
        }
        return csv.toString();
    }
}
