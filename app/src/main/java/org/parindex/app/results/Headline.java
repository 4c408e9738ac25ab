package org.parindex.app.results;

/**
 * A unit's result in one period as the source page states it: index, band, rank of how many; the change of rank
 * only against a comparable previous ranking of {@code previousOf} units (else all three are null).
 */
public record Headline(int rank, int of, double index, String bandCode, String bandName, double points,
                       double maximum, Integer previousRank, Integer rankChange, Integer previousOf) { }
