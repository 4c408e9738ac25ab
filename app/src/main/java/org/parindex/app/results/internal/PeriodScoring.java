package org.parindex.app.results.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parindex.app.assessments.Scores;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.problem.Problems;
import org.springframework.stereotype.Component;

/** Scores a stored period through core: the app never computes an index itself. */
@Component
public class PeriodScoring {

    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final Scores scores;

    PeriodScoring(Periods periods, Frameworks frameworks, Units units, Scores scores) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.scores = scores;
    }

    /** The final-stage result of a period; problems in stored rows are reported, those rows left out. */
    public PeriodResult score(String periodCode, Problems problems) {
        Period period = periods.find(periodCode).orElseThrow(() -> new IllegalArgumentException("no period " + periodCode));
        FrameworkVersion fw = frameworks.byId(period.frameworkId()).orElseThrow();
        Map<String, Unit> byCode = new LinkedHashMap<>();
        units.all().forEach(u -> byCode.put(u.code(), u.toCore()));
        var corePeriod = new org.parindex.core.bundle.Period(period.code(), period.name(), fw.fileName(),
                fw.framework(), "scores/" + period.code() + ".csv", scores.of(period.code()), period.announcedOn(),
                period.startsOn(), period.endsOn());
        ScoreSheet sheet = ScoreSheet.bind(new Plan(fw.framework()), corePeriod, byCode, Stage.FINAL, problems);
        return Engine.score(sheet);
    }
}
