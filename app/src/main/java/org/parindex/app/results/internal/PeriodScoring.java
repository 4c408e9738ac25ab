package org.parindex.app.results.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.scores.Scores;
import org.parindex.app.units.Units;
import org.parindex.core.analysis.Forecast;
import org.parindex.core.analysis.Indicators;
import org.parindex.core.analysis.WhatIf;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.feeds.FedValue;
import org.parindex.core.feeds.FeedFill;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Framework;
import org.parindex.core.history.BundleResults;
import org.parindex.core.problem.Problems;
import org.springframework.stereotype.Component;

/**
 * The app's one way into core's scoring. A period is scored once per change of its rows and stored; the result is
 * kept in memory with the time it was stored, so reads (the narrative) score again only what changed since.
 */
@Component
public class PeriodScoring {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PeriodScoring.class);

    private record Scored(Instant computedAt, PeriodResult result) { }

    /** A forecast and what it was computed from (period, as-of date, the rows' stamp, the previous results). */
    private record Forecasted(String key, Forecast forecast) { }

    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final Scores scores;
    private final StoredResults stored;
    private final PeriodFeeds feeds;
    private final Map<String, Scored> scored = new ConcurrentHashMap<>();
    private final Map<String, Forecasted> forecasts = new ConcurrentHashMap<>();

    PeriodScoring(Periods periods, Frameworks frameworks, Units units, Scores scores, StoredResults stored,
                  PeriodFeeds feeds) {
        this.feeds = feeds;
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.scores = scores;
        this.stored = stored;
    }

    /** Scores a stored period's final rows and stores the results; problems in stored rows are reported, left out. */
    public Problems recompute(String periodCode) {
        Problems problems = new Problems();
        store(periodCode, score(periodCode, problems));
        return problems;
    }

    /** Scores a period as a bundle brought it (its rows already checked by core) and stores the results. */
    public void imported(org.parindex.core.bundle.Period period, Map<String, Unit> unitsByCode) {
        Problems problems = new Problems();
        long t0 = System.nanoTime();
        PeriodResult result = BundleResults.score(period, unitsByCode, Stage.FINAL, problems);
        problems.throwIfAny();
        long t1 = System.nanoTime();
        store(period.code(), result);
        LOG.info("period {}: scored in {} ms, results stored in {} ms", period.code(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
    }

    /** The final result of a period with stored results, scored again only when they were stored since. */
    public Optional<PeriodResult> result(String periodCode) {
        Optional<Instant> at = stored.computedAt(periodCode);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Scored s = scored.get(periodCode);
        if (s != null && s.computedAt().equals(at.get())) {
            return Optional.of(s.result());
        }
        PeriodResult result = score(periodCode, new Problems());
        scored.put(periodCode, new Scored(at.get(), result));
        return Optional.of(result);
    }

    /** One unit's result from rows that are not stored results (a sheet being edited), at a stage. */
    public Optional<UnitResult> unit(Period period, Framework framework, Unit unit, List<ScoreRow> rows, Stage stage) {
        var one = new org.parindex.core.bundle.Period(period.code(), period.name(), framework.id(), framework,
                "sheet " + unit.code(), rows, period.announcedOn(), period.startsOn(), period.endsOn(),
                feeds.of(period.code()));
        // the sheet's unit takes part: its fed items count from its first look at the sheet, before any save
        return BundleResults.score(one, Map.of(unit.code(), unit), Set.of(unit.code()), stage, new Problems())
                .unit(unit.code());
    }

    /** Core's what-if over a period's stored final result; empty when the period has no stored results. */
    public Optional<WhatIf> whatIf(String periodCode) {
        return result(periodCode).map(WhatIf::of);
    }

    /**
     * Core's forecast of a period from its stored rows (every stage) and the final rows of the latest earlier period
     * with stored results, with the indicator observations given. Without observations the forecast is kept until
     * the period's rows, the as-of date or the previous period's results change.
     */
    public Forecast forecast(String periodCode, LocalDate asOf, Indicators indicators) {
        String key = indicators == Indicators.NONE ? periodCode + "|" + asOf + "|" + scores.stamp(periodCode) + "|"
                + previousWithResults(periodCode).flatMap(stored::computedAt).orElse(null) : null;
        Forecasted cached = key == null ? null : forecasts.get(periodCode);
        if (cached != null && cached.key().equals(key)) {
            return cached.forecast();
        }
        Forecast f = computeForecast(periodCode, asOf, indicators);
        if (key != null) {
            forecasts.put(periodCode, new Forecasted(key, f));
        }
        return f;
    }

    private Forecast computeForecast(String periodCode, LocalDate asOf, Indicators indicators) {
        Period period = periods.find(periodCode).orElseThrow(() -> new IllegalStateException("no period " + periodCode));
        List<org.parindex.core.bundle.Period> both = new ArrayList<>();
        previousWithResults(periodCode).flatMap(periods::find).ifPresent(previous ->
                both.add(corePeriod(previous, frameworks.byId(previous.frameworkId()).orElseThrow())));
        both.add(corePeriod(period, frameworks.byId(period.frameworkId()).orElseThrow()));
        var assessor = periods.assessor();
        Bundle bundle = new Bundle(assessor.title(), assessor.name(), assessor.demo(),
                units.all().stream().map(org.parindex.app.units.Unit::toCore).toList(), both);
        return Forecast.of(bundle, periodCode, asOf, indicators);
    }

    /** The latest period before this one that has stored results. */
    public Optional<String> previousWithResults(String periodCode) {
        String previous = null;
        for (Period p : periods.all()) {
            if (p.code().equals(periodCode)) {
                break;
            }
            if (stored.has(p.code())) {
                previous = p.code();
            }
        }
        return Optional.ofNullable(previous);
    }

    /** The values a unit's fed items get in a stored period, and where each came from. */
    public List<FedValue> fed(Period period, Framework framework, Unit unit) {
        var core = new org.parindex.core.bundle.Period(period.code(), period.name(), framework.id(), framework, "",
                List.of(), period.announcedOn(), period.startsOn(), period.endsOn(), feeds.of(period.code()));
        return FeedFill.values(core, Map.of(unit.code(), unit), null);
    }

    public void forget(String periodCode) {
        stored.delete(periodCode);
        scored.remove(periodCode);
        forecasts.remove(periodCode);
    }

    private void store(String periodCode, PeriodResult result) {
        scored.put(periodCode, new Scored(stored.replace(periodCode, result), result));
    }

    /** The final stage of a stored period, with the units that take part in it. */
    private PeriodResult score(String periodCode, Problems problems) {
        Period period = periods.find(periodCode)
                .orElseThrow(() -> new IllegalStateException("no period " + periodCode));
        FrameworkVersion fw = frameworks.byId(period.frameworkId()).orElseThrow();
        return BundleResults.score(corePeriod(period, fw), taking(period), Stage.FINAL, problems);
    }

    private Map<String, Unit> taking(Period period) {
        Map<String, Unit> taking = new LinkedHashMap<>();
        period.unitCodes().forEach(u -> units.find(u).ifPresent(unit -> taking.put(u, unit.toCore())));
        return taking;
    }

    private org.parindex.core.bundle.Period corePeriod(Period period, FrameworkVersion fw) {
        return new org.parindex.core.bundle.Period(period.code(), period.name(), fw.fileName(),
                fw.framework(), "scores/" + period.code() + ".csv", scores.of(period.code()), period.announcedOn(),
                period.startsOn(), period.endsOn(), feeds.of(period.code()));
    }
}
