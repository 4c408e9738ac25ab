package org.parindex.app.results.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.ExplainView;
import org.parindex.app.results.ForecastInputs;
import org.parindex.app.results.ForecastView;
import org.parindex.app.results.ProgressView;
import org.parindex.app.results.StartingPointsView;
import org.parindex.app.results.TargetsView;
import org.parindex.app.results.WhatIfView;
import org.parindex.core.analysis.Forecast;
import org.parindex.core.analysis.FullPoints;
import org.parindex.core.analysis.IndexChange;
import org.parindex.core.analysis.Indicators;
import org.parindex.core.analysis.Targets;
import org.parindex.core.analysis.WhatIf;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.history.BundleResults;
import org.parindex.core.plans.ActionProgress;
import org.parindex.core.plans.StartingPoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Core's analyses (explain, targets, what-if, forecast) over the stored periods, as view records. */
@Component
public class Analyses {

    private final StoredHistory history;
    private final PeriodScoring scoring;
    private final ObjectProvider<ForecastInputs> inputs;
    private final Periods periods;

    Analyses(StoredHistory history, PeriodScoring scoring, ObjectProvider<ForecastInputs> inputs, Periods periods) {
        this.periods = periods;
        this.history = history;
        this.scoring = scoring;
        this.inputs = inputs;
    }

    /** Empty when the unit has no result in the period or no earlier period has it or its predecessors. */
    public Optional<ExplainView> explain(String unit, String period) {
        BundleResults results = history.results();
        if (results.bundle().period(period).isEmpty()) {
            return Optional.empty();
        }
        return IndexChange.find(results, period, unit).map(c -> view(c, results.result(period).size()));
    }

    private static ExplainView view(IndexChange c, int of) {
        String unit = c.after().unit().code();
        String period = c.period().code();
        int d = c.period().framework().decimals();
        List<BigDecimal> rounded = c.rounded(d);
        List<ExplainView.Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < c.contributions().size(); i++) {
            contributions.add(contribution(c.contributions().get(i), rounded.get(i)));
        }
        return new ExplainView(unit, c.after().unit().name(), period, c.previous().code(),
                c.previous().name(), c.before().units().stream().map(u -> u.unit().code()).toList(),
                c.before().index(), c.after().index(), c.displayedDelta(d), c.before().rank(), c.before().size(),
                c.after().rank(), of, c.rankGain(), contributions,
                rounded.get(rounded.size() - 1), movers(c.passedBy(), d), movers(c.passed(), d));
    }

    public Optional<TargetsView> targets(String unit, String period, Locale locale) {
        Optional<PeriodResult> result = scoring.result(period);
        Optional<WhatIf> whatIf = scoring.whatIf(period);
        if (result.isEmpty() || whatIf.isEmpty() || result.get().unit(unit).isEmpty()) {
            return Optional.empty();
        }
        Targets t = Targets.of(whatIf.get(), result.get(), unit);
        UnitResult u = t.unit();
        TargetsView.BandGap band = t.nextBand().map(b -> new TargetsView.BandGap(b.band().code(), b.band().name(),
                b.band().min(), b.index(), nanToNull(b.points()))).orElse(null);
        TargetsView.RankGap rank = t.nextRank().map(r -> new TargetsView.RankGap(r.rank(),
                r.units().stream().map(o -> o.unit().name()).toList(), r.units().get(0).index(), r.index(),
                nanToNull(r.points()))).orElse(null);
        List<TargetsView.Room> room = t.room().stream().map(r -> room(r, locale)).toList();
        return Optional.of(new TargetsView(unit, period, u.index(), u.band().code(), u.band().name(), u.rank(),
                result.get().size(), band, rank, room));
    }

    /**
     * The unit's result with the values replaced (code → value as in a scores file).
     *
     * @throws org.parindex.core.problem.BadInputException for an unknown node or a value the item's rule refuses
     */
    public Optional<WhatIfView> whatIf(String unit, String period, Map<String, String> values) {
        Optional<WhatIf> whatIf = scoring.whatIf(period);
        if (whatIf.isEmpty() || scoring.result(period).flatMap(r -> r.unit(unit)).isEmpty()) {
            return Optional.empty();
        }
        WhatIf.Outcome o = whatIf.get().apply(unit, values);
        UnitResult actual = o.actual();
        List<WhatIfView.Field> fields = new ArrayList<>();
        for (Node node : scoring.result(period).orElseThrow().framework().nodes()) {
            if (node.kind() == NodeKind.SCORED) {
                fields.add(new WhatIfView.Field(node.code(), node.name(), nanToNull(actual.percent(node.code())),
                        nanToNull(o.fields().get(node.code()))));
            }
        }
        return Optional.of(new WhatIfView(unit, period,
                new WhatIfView.Result(actual.index(), actual.band().code(), actual.band().name(), actual.rank()),
                new WhatIfView.Result(o.index(), o.band().code(), o.band().name(), o.rank()),
                o.indexDelta(), o.rankGain(), fields));
    }

    /** Where a plan may start: the weakest items and the failing rates (at most {@code limit} of each). */
    public Optional<StartingPointsView> startingPoints(String unit, String period, int limit, Locale locale) {
        Optional<PeriodResult> result = scoring.result(period);
        if (result.isEmpty() || result.get().unit(unit).isEmpty()) {
            return Optional.empty();
        }
        Targets t = Targets.of(WhatIf.of(result.get()), result.get(), unit);
        StartingPoints s = StartingPoints.of(t, limit);
        return Optional.of(new StartingPointsView(s.weakest().stream().map(r -> room(r, locale)).toList(),
                s.failingRates().stream().map(r -> room(r, locale)).toList()));
    }

    /**
     * The points of an action's nodes in the plan's period and in the next period with results after it; empty when
     * there is no such period or the unit has no result in either.
     */
    public Optional<ProgressView> progress(String unit, String period, List<String> nodes) {
        BundleResults results = history.results();
        List<org.parindex.core.bundle.Period> all = results.periods();
        int at = all.indexOf(results.bundle().period(period).orElse(null));
        if (at < 0 || at + 1 >= all.size()) {
            return Optional.empty();
        }
        org.parindex.core.bundle.Period next = all.get(at + 1);
        Optional<UnitResult> before = results.unit(period, unit);
        Optional<UnitResult> after = results.unit(next.code(), unit);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        ActionProgress p = ActionProgress.of(nodes, before.get(), after.get());
        return Optional.of(new ProgressView(next.code(), next.name(), p.nodes().stream()
                .map(n -> new ProgressView.Node(n.node(), nanToNull(n.before()), nanToNull(n.beforeMax()),
                        nanToNull(n.after()), nanToNull(n.afterMax()), nanToNull(n.percentChange())))
                .toList(), nanToNull(p.percentChange())));
    }

    /** The forecast as of a date; units at risk first (largest fall first), then by forecast rank. */
    public ForecastView forecast(String period, String periodName, LocalDate asOfOrNull) {
        LocalDate today = LocalDate.now();
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : periods.find(period).map(p -> p.endsOn())
                .filter(end -> end.isBefore(today)).orElse(today);
        ForecastInputs source = inputs.getIfAvailable();
        Indicators indicators = source == null ? Indicators.NONE : Indicators.of(source.observations(period, asOf));
        Forecast f = scoring.forecast(period, asOf, indicators);
        List<ForecastView.Row> rows = new ArrayList<>();
        for (Forecast.UnitForecast u : f.units()) {
            UnitResult r = u.result();
            Band last = u.lastBand();
            rows.add(new ForecastView.Row(r.rank(), r.unit().code(), r.unit().name(), r.index(), u.low(), u.high(),
                    r.band().code(), r.band().name(), last == null ? null : last.code(),
                    last == null ? null : last.name(), nanToNull(u.lastIndex()), u.unknown(),
                    u.warnings().stream().map(Analyses::warning).toList()));
        }
        List<ForecastView.Row> atRiskFirst = new ArrayList<>(rows.stream().filter(ForecastView.Row::atRisk)
                .sorted(java.util.Comparator.comparingDouble(r -> r.index() - r.lastIndex())).toList());
        atRiskFirst.addAll(rows.stream().filter(r -> !r.atRisk()).toList());
        return new ForecastView(period, periodName, asOf, scoring.previousWithResults(period).orElse(null),
                f.result().framework().decimals(), atRiskFirst);
    }

    private static TargetsView.Room room(Targets.Room r, Locale locale) {
        return new TargetsView.Room(r.node().code(), r.node().name(), written(r.node(), r.entry(), r.value()),
                r.points(), r.max(), r.gain(), nanToNull(r.indexGain()), r.fullValue(), FullPoints.text(r.node(), locale));
    }

    private static ForecastView.Warning warning(Forecast.Warning w) {
        if (w.isBand()) {
            return new ForecastView.Warning("band", null, null, w.value(), w.fullAt(), null, w.from().name(),
                    w.to().name());
        }
        return new ForecastView.Warning("indicator", w.node().code(), w.node().name(), w.value(), w.fullAt(),
                w.atStake(), null, null);
    }

    private static List<ExplainView.Mover> movers(List<IndexChange.Mover> movers, int d) {
        return movers.stream().map(m -> new ExplainView.Mover(m.unit().unit().code(), m.unit().unit().name(),
                m.before().rank(), m.unit().rank(), m.indexDelta(), m.largest().stream()
                .map(x -> contribution(x, BigDecimal.valueOf(x.value()).setScale(d, java.math.RoundingMode.HALF_UP)))
                .toList())).toList();
    }

    private static ExplainView.Contribution contribution(IndexChange.Contribution c, BigDecimal displayed) {
        return new ExplainView.Contribution(c.node().code(), c.node().name(), c.before(), c.after(), c.value(),
                displayed);
    }

    private static String written(Node node, UnitResult.Entry entry, double value) {
        return switch (entry) {
            case VALUE -> node.rule() == null ? "" : node.rule().write(value);
            case NOT_APPLICABLE -> "NA";
            default -> "";
        };
    }

    private static Double nanToNull(Double v) {
        return v == null || Double.isNaN(v) ? null : v;
    }
}
