package org.parindex.app.results;

import java.util.List;

/** A period's ranking: rows by rank (ties in Vietnamese alphabetical order), one column per field. */
public record RankingView(PeriodView period, String previousPeriod, List<FieldHeader> fields, List<BandView> bands,
                          List<RankingRow> rows) { }
