package org.parindex.app.results.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.app.indicators.Observations;
import org.parindex.app.surveys.Surveys;
import org.parindex.core.feeds.Feeds;
import org.springframework.stereotype.Component;

/**
 * What feeds a stored period's items besides its score rows: its indicator observations and its survey. Read once
 * per change: observations and responses are only appended (a bundle import replaces a survey with a new stamp), so
 * the stamps of both (writes committed, the last id, when the survey was stored; no count of rows per request) tell
 * when the kept copy is out of date.
 */
@Component
public class PeriodFeeds {

    private record Kept(String stamp, Feeds feeds) { }

    private final Observations observations;
    private final Surveys surveys;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    PeriodFeeds(Observations observations, Surveys surveys) {
        this.observations = observations;
        this.surveys = surveys;
    }

    public Feeds of(String period) {
        String stamp = observations.stamp() + "/" + surveys.stamp(period);
        Kept k = kept.get(period);
        if (k != null && k.stamp().equals(stamp)) {
            return k.feeds();
        }
        Feeds feeds = surveys.feeds(period, observations.of(period));
        kept.put(period, new Kept(stamp, feeds));
        return feeds;
    }
}
