package org.parindex.core.analysis;

import java.time.LocalDate;

/**
 * One dated value of a measured indicator for a unit, from the system named by {@code source}: a row of
 * {@code indicators/<period>.csv}. The value is written as in a scores file (a rate as 4.8).
 */
public record Observation(String unit, String indicator, LocalDate date, String value, String source) { }
