package org.parindex.app.results.internal;

import java.util.List;
import org.parindex.app.indicators.Observations;
import org.parindex.core.feeds.Feeds;
import org.springframework.stereotype.Component;

/** What feeds a stored period's items besides its score rows: its indicator observations (and survey). */
@Component
public class PeriodFeeds {

    private final Observations observations;

    PeriodFeeds(Observations observations) {
        this.observations = observations;
    }

    public Feeds of(String period) {
        var list = observations.of(period);
        return list.isEmpty() ? Feeds.NONE : new Feeds(list, null, null, List.of());
    }
}
