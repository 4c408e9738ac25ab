package org.parindex.core.bundle;

import java.time.LocalDate;
import java.util.List;
import org.parindex.core.framework.Framework;

/**
 * One assessment period of a bundle with its framework and score rows.
 *
 * @param frameworkPath the framework file as named in bundle.yaml, relative to the bundle
 * @param scoresPath    the scores file as named in bundle.yaml
 * @param from          the period's first day (from the code, e.g. 2023-H1, or stated), may be null
 * @param to            the period's last day, may be null
 */
public record Period(String code, String name, String frameworkPath, Framework framework, String scoresPath,
                     List<ScoreRow> rows, LocalDate announced, LocalDate from, LocalDate to) {

    public Period {
        rows = rows instanceof ScoreRows ? rows : List.copyOf(rows);   // ScoreRows is immutable already
    }
}
