package org.parindex.core.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A bundle: one assessing unit's units and periods (oldest first), as exchanged in the open formats. */
public record Bundle(String title, String assessor, boolean demo, List<Unit> units, List<Period> periods) {

    public static final String FORMAT = "parindex/bundle@1";

    public Bundle {
        units = List.copyOf(units);
        periods = List.copyOf(periods);
    }

    public Map<String, Unit> unitsByCode() {
        Map<String, Unit> map = new LinkedHashMap<>();
        for (Unit u : units) {
            map.put(u.code(), u);
        }
        return map;
    }

    public Optional<Period> period(String code) {
        return periods.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
