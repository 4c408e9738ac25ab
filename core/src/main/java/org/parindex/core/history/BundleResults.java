package org.parindex.core.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.feeds.FeedFill;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.problem.Problems;

/** The final results of every period of a bundle, oldest first. */
public final class BundleResults {

    private final Bundle bundle;
    private final Map<String, PeriodResult> byPeriod;

    private BundleResults(Bundle bundle, Map<String, PeriodResult> byPeriod) {
        this.bundle = bundle;
        this.byPeriod = byPeriod;
    }

    /** Scores every period of a bundle that has been read (and so checked) by the bundle reader. */
    public static BundleResults of(Bundle bundle) {
        return of(bundle, Stage.FINAL);
    }

    public static BundleResults of(Bundle bundle, Stage stage) {
        Map<String, PeriodResult> results = new LinkedHashMap<>();
        for (Period period : bundle.periods()) {
            Problems problems = new Problems();
            PeriodResult result = score(period, bundle.unitsByCode(), stage, problems);
            problems.throwIfAny();
            results.put(period.code(), result);
        }
        return new BundleResults(bundle, results);
    }

    /**
     * Scores one period's rows of a stage, with the values its feeds give its indicator and survey items
     * ({@link FeedFill}, as of the period's last day); problems in rows are recorded and those rows left out.
     */
    public static PeriodResult score(Period period, Map<String, Unit> unitsByCode, Stage stage, Problems problems) {
        return score(period, unitsByCode, FeedFill.withRows(period, stage), stage, problems);
    }

    /**
     * As {@link #score(Period, Map, Stage, Problems)}, the feeds filling the items of every unit of {@code taking}
     * (the units that take part) even before the unit has typed a row of the stage.
     */
    public static PeriodResult score(Period period, Map<String, Unit> unitsByCode, Set<String> taking, Stage stage,
                                     Problems problems) {
        Period filled = FeedFill.filled(period, unitsByCode, taking, stage, null);
        return Engine.score(ScoreSheet.bind(new Plan(period.framework()), filled, unitsByCode, stage, problems));
    }

    /** The results of a bundle's periods scored before (one per period of the bundle, by period code). */
    public static BundleResults from(Bundle bundle, Map<String, PeriodResult> scored) {
        Map<String, PeriodResult> results = new LinkedHashMap<>();
        for (Period period : bundle.periods()) {
            PeriodResult r = scored.get(period.code());
            if (r == null) {
                throw new IllegalArgumentException("no result for period " + period.code());
            }
            results.put(period.code(), r);
        }
        return new BundleResults(bundle, results);
    }

    public Bundle bundle() {
        return bundle;
    }

    public List<Period> periods() {
        return bundle.periods();
    }

    public PeriodResult result(String periodCode) {
        PeriodResult r = byPeriod.get(periodCode);
        if (r == null) {
            throw new IllegalArgumentException("no period " + periodCode);
        }
        return r;
    }

    public Optional<UnitResult> unit(String periodCode, String unitCode) {
        return result(periodCode).unit(unitCode);
    }

    /** The period before the given one, if any. */
    public Optional<Period> previous(String periodCode) {
        List<Period> periods = bundle.periods();
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).code().equals(periodCode)) {
                return Optional.of(periods.get(i - 1));
            }
        }
        return Optional.empty();
    }
}
