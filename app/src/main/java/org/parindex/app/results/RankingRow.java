package org.parindex.app.results;

import java.util.Map;

/**
 * One unit's line of a period ranking. {@code fields} maps each field code to its % (null when it does not apply).
 * {@code previousRank} is the rank in the previous period with results, following lineage when the unit is new
 * (then {@code previousUnit} names the predecessor used); {@code rankChange} = previousRank − rank (positive = up).
 */
public record RankingRow(int rank, String unit, String name, double points, double maximum, double index,
                         String bandCode, String bandName, Map<String, Double> fields, Integer previousRank,
                         Integer rankChange, String previousUnit) { }
