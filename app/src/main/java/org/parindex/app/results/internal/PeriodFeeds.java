package org.parindex.app.results.internal;

import org.parindex.app.indicators.Observations;
import org.parindex.app.surveys.Surveys;
import org.parindex.core.feeds.Feeds;
import org.springframework.stereotype.Component;

/** What feeds a stored period's items besides its score rows: its indicator observations and its survey. */
@Component
public class PeriodFeeds {

    private final Observations observations;
    private final Surveys surveys;

    PeriodFeeds(Observations observations, Surveys surveys) {
        this.observations = observations;
        this.surveys = surveys;
    }

    public Feeds of(String period) {
        return surveys.feeds(period, observations.of(period));
    }
}
