package org.parindex.core.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.core.bundle.Unit;

/** A unit's ancestry through merges: the units merged into it, generation by generation. */
public final class Lineage {

    private Lineage() { }

    /**
     * The rank a unit is compared with in an earlier period: its own when it was ranked, else the best rank of
     * the nearest generation of its predecessors that was ranked.
     *
     * @param unit the unit whose rank is compared: the unit itself or the predecessor with that best rank
     */
    public record Earlier(String unit, int rank, boolean own) { }

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

    /**
     * The units standing for a unit among {@code present}: the unit itself, else the nearest generation of its
     * predecessors that has any; empty when none is present.
     */
    public static List<String> nearestIn(String unitCode, Map<String, Unit> units, Set<String> present) {
        if (present.contains(unitCode)) {
            return List.of(unitCode);
        }
        for (List<String> generation : generations(unitCode, units)) {
            List<String> found = generation.stream().filter(present::contains).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Whether a change of rank between two rankings means anything: they rank the same population, that is every
     * unit ranked now stands for units ranked before (itself or its nearest ranked predecessors, see
     * {@link #nearestIn}) and every unit ranked before is stood for by a unit ranked now. A ranking of 1 unit out of
     * 16 is not comparable with one of all 16; a merge of two units into one keeps the rankings comparable.
     */
    public static boolean comparable(Collection<String> now, Set<String> before, Map<String, Unit> units) {
        if (now.isEmpty() || before.isEmpty()) {
            return false;
        }
        Set<String> covered = new HashSet<>();
        for (String unit : now) {
            List<String> earlier = nearestIn(unit, units, before);
            if (earlier.isEmpty()) {
                return false;
            }
            covered.addAll(earlier);
        }
        return covered.equals(before);
    }

    /** The earlier rank a unit's change of rank is measured from, given the ranks of the earlier period. */
    public static Optional<Earlier> earlier(String unitCode, Map<String, Unit> units, Map<String, Integer> ranks) {
        String best = null;
        for (String code : nearestIn(unitCode, units, ranks.keySet())) {
            if (best == null || ranks.get(code) < ranks.get(best)) {
                best = code;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Earlier(best, ranks.get(best), best.equals(unitCode)));
    }
}
