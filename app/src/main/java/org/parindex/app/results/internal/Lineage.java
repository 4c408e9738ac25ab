package org.parindex.app.results.internal;

import java.util.ArrayList;
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
     * The nearest units present in {@code present}: the unit itself, else its predecessors, else theirs.
     */
    public List<String> nearestIn(String code, java.util.Set<String> present) {
        List<String> level = List.of(code);
        for (int depth = 0; depth < 10 && !level.isEmpty(); depth++) {
            List<String> found = level.stream().filter(present::contains).toList();
            if (!found.isEmpty()) {
                return found;
            }
            List<String> next = new ArrayList<>();
            for (String c : level) {
                Unit u = units.get(c);
                if (u != null) {
                    next.addAll(u.predecessors());
                }
            }
            level = next;
        }
        return List.of();
    }
}
