package org.parindex.app.results;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.results.internal.Analyses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From scoreboard to improvement: core's explain, targets, what-if and forecast over the stored periods. Like
 * {@link Results}, it checks no access: callers do (see accounts.Viewer#mayTryWhatIf, #mayForecast).
 */
@Service
@Transactional(readOnly = true)
public class Analysis {

    private final Analyses analyses;

    Analysis(Analyses analyses) {
        this.analyses = analyses;
    }

    /** Why the unit's index and rank changed; empty without a result or an earlier period to compare with. */
    public Optional<ExplainView> explain(String unit, String period) {
        return analyses.explain(unit, period);
    }

    /** What it takes to reach the next band and rank, and where the points are (rule texts in the locale). */
    public Optional<TargetsView> targets(String unit, String period, Locale locale) {
        return analyses.targets(unit, period, locale);
    }

    /**
     * The unit's result with item values replaced (node code → value as in a scores file, NA included).
     *
     * @throws org.parindex.core.problem.BadInputException naming the item for an unknown node or a refused value
     */
    public Optional<WhatIfView> whatIf(String unit, String period, Map<String, String> values) {
        return analyses.whatIf(unit, period, values);
    }

    /** Where an improvement plan may start: the weakest items and the failing rates, at most {@code limit} each. */
    public Optional<StartingPointsView> startingPoints(String unit, String period, int limit, Locale locale) {
        return analyses.startingPoints(unit, period, limit, locale);
    }

    /** An action's linked items: points in the plan's period and in the next period with results (before → after). */
    public Optional<ProgressView> progress(String unit, String period, java.util.List<String> nodes) {
        return analyses.progress(unit, period, nodes);
    }

    /** Where the period is heading as of a date (null: today, or the period's last day if earlier), at risk first. */
    public ForecastView forecast(PeriodView period, LocalDate asOf) {
        return analyses.forecast(period.code(), period.name(), asOf);
    }
}
