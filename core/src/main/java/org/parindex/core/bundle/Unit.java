package org.parindex.core.bundle;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessed unit (commune, ward, town…). {@code predecessors} are the units merged into it: its lineage.
 * Dates are null when open-ended.
 */
public record Unit(String code, String name, String group, LocalDate validFrom, LocalDate validTo,
                   List<String> predecessors) {

    public Unit {
        predecessors = List.copyOf(predecessors);
    }

    /** True when the unit existed at some time between the two dates (either may be null: open). */
    public boolean existsBetween(LocalDate from, LocalDate to) {
        boolean startedInTime = validFrom == null || to == null || !validFrom.isAfter(to);
        boolean notEndedBefore = validTo == null || from == null || !validTo.isBefore(from);
        return startedInTime && notEndedBefore;
    }
}
