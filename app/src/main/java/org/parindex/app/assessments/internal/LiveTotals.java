package org.parindex.app.assessments.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.assessments.Totals;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.problem.Problems;

/** One unit's totals computed by core: its rows bound on a one-unit period and scored by the engine. */
public final class LiveTotals {

    private LiveTotals() { }

    /** Rows must already be the ones that count at {@code stage} (see {@link EffectiveRows}). */
    public static Totals of(Period period, Framework framework, Unit unit, List<ScoreRow> rows, Stage stage) {
        var one = new org.parindex.core.bundle.Period(period.code(), period.name(), framework.id(), framework,
                "sheet " + unit.code(), rows, period.announcedOn(), period.startsOn(), period.endsOn());
        ScoreSheet sheet = ScoreSheet.bind(new Plan(framework), one, Map.of(unit.code(), unit), stage, new Problems());
        PeriodResult result = Engine.score(sheet);
        UnitResult r = result.unit(unit.code()).orElse(null);
        Map<String, Totals.NodeTotal> nodes = new HashMap<>();
        if (r == null) {
            for (Node n : framework.allNodes()) {
                nodes.put(n.code(), new Totals.NodeTotal(0, n.max(), n.max() > 0 ? 0 : Double.NaN));
            }
            return new Totals(0, 0, framework.max(), framework.band(0).name(), framework.allNodes().size(), nodes);
        }
        for (Node n : framework.allNodes()) {
            nodes.put(n.code(), new Totals.NodeTotal(r.points(n.code()), r.maximum(n.code()), r.percent(n.code())));
        }
        return new Totals(r.index(), r.points(), r.maximum(), r.band().name(), r.missing(), nodes);
    }
}
