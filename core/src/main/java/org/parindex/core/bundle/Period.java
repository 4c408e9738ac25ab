package org.parindex.core.bundle;

import java.time.LocalDate;
import java.util.List;
import org.parindex.core.feeds.Feeds;
import org.parindex.core.framework.Framework;

/**
 * One assessment period of a bundle with its framework and score rows.
 *
 * @param frameworkPath the framework file as named in bundle.yaml, relative to the bundle
 * @param scoresPath    the scores file as named in bundle.yaml
 * @param from          the period's first day (from the code, e.g. 2023-H1, or stated), may be null
 * @param to            the period's last day, may be null
 * @param feeds         the indicator observations and survey that feed its items ({@link Feeds#NONE} without)
 */
public record Period(String code, String name, String frameworkPath, Framework framework, String scoresPath,
                     List<ScoreRow> rows, LocalDate announced, LocalDate from, LocalDate to, Feeds feeds) {

    public Period {
        rows = rows instanceof ScoreRows ? rows : List.copyOf(rows);   // ScoreRows is immutable already
        feeds = feeds == null ? Feeds.NONE : feeds;
    }

    /** A period nothing but its scores file feeds. */
    public Period(String code, String name, String frameworkPath, Framework framework, String scoresPath,
                  List<ScoreRow> rows, LocalDate announced, LocalDate from, LocalDate to) {
        this(code, name, frameworkPath, framework, scoresPath, rows, announced, from, to, Feeds.NONE);
    }

    public Period withRows(List<ScoreRow> newRows) {
        return new Period(code, name, frameworkPath, framework, scoresPath, newRows, announced, from, to, feeds);
    }

    public Period withFeeds(Feeds newFeeds) {
        return new Period(code, name, frameworkPath, framework, scoresPath, rows, announced, from, to, newFeeds);
    }
}
