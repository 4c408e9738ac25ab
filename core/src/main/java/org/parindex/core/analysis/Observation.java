package org.parindex.core.analysis;

import java.time.LocalDate;

/**
 * One dated value of a measured indicator for a unit, from the system named by {@code source}: a row of
 * {@code indicators/<period>.csv}. The value is written as in a scores file (a rate as 4.8); {@code numerator} and
 * {@code denominator} are the counts a rate was computed from, or null.
 */
public record Observation(String unit, String indicator, LocalDate date, String value, String source,
                          String numerator, String denominator) {

    public Observation(String unit, String indicator, LocalDate date, String value, String source) {
        this(unit, indicator, date, value, source, null, null);
    }

    /** The same unit, indicator, date and value (the system that sent it and the counts aside). */
    public boolean sameValue(Observation other) {
        return unit.equals(other.unit) && indicator.equals(other.indicator) && date.equals(other.date)
                && value.equals(other.value);
    }
}
