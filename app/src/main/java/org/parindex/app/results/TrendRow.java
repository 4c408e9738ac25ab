package org.parindex.app.results;

/**
 * A unit's result in one period of its history. Before a merge the history continues with the predecessors:
 * then {@code unit} is the predecessor's code and {@code viaLineage} is true (one point per predecessor).
 */
public record TrendRow(String period, String periodName, String unit, String unitName, int rank, int of,
                         double index, String bandCode, String bandName, boolean viaLineage) { }
