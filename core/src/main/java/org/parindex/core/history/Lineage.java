package org.parindex.core.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.core.bundle.Unit;

/** A unit's ancestry through merges: the units merged into it, generation by generation. */
public final class Lineage {

    private Lineage() { }

    /** The predecessors of a unit, nearest generation first (a unit never appears twice). */
    public static List<List<String>> generations(String unitCode, Map<String, Unit> units) {
        List<List<String>> generations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(unitCode));
        List<String> current = List.of(unitCode);
        while (true) {
            List<String> next = new ArrayList<>();
            for (String code : current) {
                Unit unit = units.get(code);
                if (unit != null) {
                    for (String p : unit.predecessors()) {
                        if (seen.add(p)) {
                            next.add(p);
                        }
                    }
                }
            }
            if (next.isEmpty()) {
                return generations;
            }
            generations.add(next);
            current = next;
        }
    }
}
