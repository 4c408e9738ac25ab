package org.parindex.app.results.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.units.Unit;

/** Follows the units merged into a unit, back through every earlier merge. */
public final class Lineage {

    private final Map<String, Unit> units = new HashMap<>();

    public Lineage(List<Unit> all) {
        all.forEach(u -> units.put(u.code(), u));
    }

    public String name(String code) {
        Unit u = units.get(code);
        return u == null ? code : u.name();
    }

    public Unit unit(String code) {
        return units.get(code);
    }

    /**
     * The nearest units present in {@code present}: the unit itself, else the nearest generation of its
     * predecessors (core's lineage) that has any.
     */
    public List<String> nearestIn(String code, java.util.Set<String> present) {
        if (present.contains(code)) {
            return List.of(code);
        }
        Map<String, org.parindex.core.bundle.Unit> core = new HashMap<>();
        units.values().forEach(u -> core.put(u.code(), u.toCore()));
        for (List<String> generation : org.parindex.core.history.Lineage.generations(code, core)) {
            List<String> found = generation.stream().filter(present::contains).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
