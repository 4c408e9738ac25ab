package org.parindex.app.assessments.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.assessments.Totals;
import org.parindex.app.periods.Period;
import org.parindex.app.results.Results;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Component;

/** One unit's totals as core scores its rows through the results module (a one-unit period). */
@Component
public class LiveTotals {

    private final Results results;

    LiveTotals(Results results) {
        this.results = results;
    }

    /** Rows must already be the ones that count at {@code stage} (see {@link StageRows#counting}). */
    public Totals of(Period period, Framework framework, Unit unit, List<ScoreRow> rows, Stage stage) {
        UnitResult r = results.score(period, framework, unit, rows, stage).orElse(null);
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
