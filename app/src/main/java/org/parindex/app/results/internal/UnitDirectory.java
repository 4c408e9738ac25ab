package org.parindex.app.results.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.app.units.Unit;
import org.parindex.core.history.Lineage;

/** The stored units by code, for names and for core's lineage rules (the app never follows lineage itself). */
final class UnitDirectory {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, org.parindex.core.bundle.Unit> units = new LinkedHashMap<>();

    UnitDirectory(List<Unit> all) {
        all.forEach(u -> {
            names.put(u.code(), u.name());
            units.put(u.code(), u.toCore());
        });
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** The units standing for a unit among {@code present} (core's {@link Lineage#nearestIn}). */
    List<String> nearestIn(String code, Set<String> present) {
        return Lineage.nearestIn(code, units, present);
    }

    /** The earlier rank a unit's change of rank is measured from (core's {@link Lineage#earlier}). */
    Optional<Lineage.Earlier> earlier(String code, Map<String, Integer> previousRanks) {
        return Lineage.earlier(code, units, previousRanks);
    }
}
