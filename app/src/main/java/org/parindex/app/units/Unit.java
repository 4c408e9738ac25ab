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

    /** The unit under a new name, as read at {@code readVersion}. */
    public Unit renamed(String newName, int readVersion) {
        if (newName == null || newName.isBlank()) {
            throw new UnitChangeRefused("a unit needs a name");
        }
        return new Unit(code, newName.strip(), group, validFrom, validTo, predecessors, readVersion);
    }

    /** The unit existing no more after {@code lastDay}, as read at {@code readVersion}. */
    public Unit retiredAfter(LocalDate lastDay, int readVersion) {
        if (lastDay == null || validFrom != null && lastDay.isBefore(validFrom)) {
            throw new UnitChangeRefused("unit " + code + " cannot end before it began (" + validFrom + ")");
        }
        return new Unit(code, name, group, validFrom, lastDay, predecessors, readVersion);
    }

    /** A merger: the units merged end the day before the new unit, whose lineage they become, begins. */
    public record Merger(List<Unit> retired, Unit formed) { }

    /** Merges at least two units into a new one valid from {@code from}. */
    public static Merger merge(List<Unit> merged, String code, String name, String group, LocalDate from) {
        if (merged.size() < 2) {
            throw new UnitChangeRefused("a merge needs at least two units");
        }
        List<Unit> retired = merged.stream().map(u -> u.retiredAfter(from.minusDays(1), u.version())).toList();
        Unit formed = new Unit(code, name, group, from, null, merged.stream().map(Unit::code).toList(), 0);
        return new Merger(retired, formed);
    }

    /** Same content as another, ignoring the version. */
    public boolean sameAs(Unit other) {
        return toCore().equals(other.toCore());
    }
}
