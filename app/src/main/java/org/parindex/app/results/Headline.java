package org.parindex.app.results;

/** A unit's result in one period as the source page states it: index, band, rank of how many. */
public record Headline(int rank, int of, double index, String bandCode, String bandName, double points,
                       double maximum, Integer previousRank, Integer rankChange) { }
