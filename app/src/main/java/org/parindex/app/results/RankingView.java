package org.parindex.app.results;

import java.util.List;

/**
 * A period's ranking: rows by rank (ties in Vietnamese alphabetical order), one column per field;
 * {@code previousOf} is how many units the previous ranking ranked, null when it is not comparable (then no row
 * has a change of rank).
 */
public record RankingView(PeriodView period, String previousPeriod, List<FieldHeader> fields, List<BandView> bands,
                          List<RankingRow> rows, Integer previousOf) { }
