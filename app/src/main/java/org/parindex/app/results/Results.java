package org.parindex.app.results;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.PeriodStatusChanged;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.results.internal.IndicatorCharts;
import org.parindex.app.results.internal.Narratives;
import org.parindex.app.results.internal.StoredHistory;
import org.parindex.app.results.internal.Overviews;
import org.parindex.app.results.internal.PeriodScoring;
import org.parindex.app.results.internal.PeriodViews;
import org.parindex.app.results.internal.Rankings;
import org.parindex.app.results.internal.StoredResults;
import org.parindex.app.results.internal.UnitPages;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.feeds.FedValue;
import org.parindex.core.feeds.Feeds;
import org.parindex.core.feeds.Satisfaction;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Framework;
import org.parindex.core.problem.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results module's API, its one scoring gateway: results are computed by core once when a period is imported,
 * locked or published ({@link #recompute}) and stored; every read comes from the stored results, never
 * from a new computation; a sheet being edited is scored through {@link #score}. Access rules are not applied here: callers check them (see accounts.Access).
 */
@Service
@Transactional(readOnly = true)
public class Results {

    private final PeriodViews periods;
    private final Rankings rankings;
    private final UnitPages unitPages;
    private final Overviews overviews;
    private final PeriodScoring scoring;
    private final StoredResults stored;
    private final Narratives narratives;
    private final StoredHistory history;
    private final IndicatorCharts indicatorCharts;

    Results(PeriodViews periods, Rankings rankings, UnitPages unitPages, Overviews overviews, PeriodScoring scoring,
            StoredResults stored, Narratives narratives, StoredHistory history, IndicatorCharts indicatorCharts) {
        this.history = history;
        this.indicatorCharts = indicatorCharts;
        this.periods = periods;
        this.rankings = rankings;
        this.unitPages = unitPages;
        this.overviews = overviews;
        this.scoring = scoring;
        this.stored = stored;
        this.narratives = narratives;
    }

    /** Every period, oldest first. */
    public List<PeriodView> periods() {
        return periods.all();
    }

    public Optional<PeriodView> period(String code) {
        return periods.find(code);
    }

    /** The period's ranking; empty when the period is unknown or has no results yet. */
    public Optional<RankingView> ranking(String period) {
        return rankings.ranking(period);
    }

    /**
     * A unit's page for a period, or for its latest period with results when {@code period} is null, as the viewer may
     * see it: the period and every point of the trend only where {@link Viewer#maySeeResults} allows (an officer never
     * sees their own unit's locked result before it is published). A period the viewer may not see is refused.
     */
    public Optional<UnitPage> unitPage(String unit, String period, Viewer viewer) {
        if (period != null) {
            periods.find(period).ifPresent(p -> Access.requireResults(viewer, p.published()));
        }
        return unitPages.page(unit, period, p -> viewer.maySeeResults(p.published()));
    }

    /** The district (assessor) overview of a period. */
    public Optional<Overview> overview(String period) {
        return overviews.overview(period);
    }

    /**
     * Core's narrative report of a unit in a period, in the given language: headline, fields, ranks in earlier
     * periods and, from the data, why it changed. Empty when the unit has no result in the period.
     */
    public Optional<String> narrative(String unit, String period, Locale locale) {
        return narratives.narrative(unit, period, locale);
    }

    /**
     * Every period with results, as core's results of a bundle, for the documents (PDF, workbooks); access is the
     * caller's to check, as for every read here.
     */
    public org.parindex.core.history.BundleResults bundleResults() {
        return history.results();
    }

    /** Scores the period's final stage through core and stores the results; returns the problems in stored rows. */
    @Transactional
    public Problems recompute(String period) {
        return scoring.recompute(period);
    }

    /** Scores a period as a bundle brought it (its rows checked by core) and stores the results. */
    @Transactional
    public void recompute(org.parindex.core.bundle.Period period, Map<String, Unit> unitsByCode) {
        scoring.imported(period, unitsByCode);
    }

    /** One unit's result from rows being edited at a stage (nothing is stored); empty when it has no row. */
    public Optional<UnitResult> score(Period period, Framework framework, Unit unit, List<ScoreRow> rows, Stage stage) {
        return scoring.unit(period, framework, unit, rows, stage);
    }

    /** The version of what the public pages show (for their cache and HTTP validators), read from the database. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public PageVersion pageVersion() {
        return stored.pageVersion();
    }

    /** The stored ranking as the CSV kept with a published version: rank, unit, points, maximum, index, band. */
    /** The values a unit's indicator and survey items get in a period, and where each came from (core's rule). */
    public List<FedValue> fed(Period period, Framework framework, Unit unit) {
        return scoring.fed(period, framework, unit);
    }

    /** A unit's numeric indicator series in a period, each with its item's full-points threshold. */
    public List<IndicatorSeries> indicatorSeries(String period, String unit) {
        return indicatorCharts.of(period, unit);
    }

    /** A unit's satisfaction in a period's survey; empty without a survey or a response. */
    public Optional<SurveyView> survey(String period, String unit) {
        Feeds f = indicatorCharts.feeds(period);
        Satisfaction s = f.satisfaction().get(unit);
        return s == null ? Optional.empty() : Optional.of(new SurveyView(f.survey(), s));
    }

    public String rankingCsv(String period) {
        return stored.csv(period);
    }

    /** A period locked or published gets its results computed and stored once more, in the same transaction. */
    @EventListener
    @Transactional
    public void on(PeriodStatusChanged changed) {
        if (changed.to() == PeriodStatus.LOCKED || changed.to() == PeriodStatus.PUBLISHED) {
            recompute(changed.period());
        }
    }

    @Transactional
    public void forget(String period) {
        scoring.forget(period);
    }
}
