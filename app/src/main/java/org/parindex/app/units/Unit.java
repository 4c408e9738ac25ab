package org.parindex.app.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A commune-level unit as stored: its {@code predecessors} are the units merged into it (its lineage);
 * {@code validTo} set means the unit was retired or merged away.
 */
public record Unit(String code, String name, String group, LocalDate validFrom, LocalDate validTo,
                   List<String> predecessors, int version) {

    public Unit {
        predecessors = List.copyOf(predecessors);
    }

    public static Unit of(org.parindex.core.bundle.Unit u) {
        return new Unit(u.code(), u.name(), u.group(), u.validFrom(), u.validTo(), u.predecessors(), 0);
    }

    public org.parindex.core.bundle.Unit toCore() {
        return new org.parindex.core.bundle.Unit(code, name, group, validFrom, validTo, predecessors);
    }

    public boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    /** Same content as another, ignoring the version. */
    public boolean sameAs(Unit other) {
        return toCore().equals(other.toCore());
    }
}
