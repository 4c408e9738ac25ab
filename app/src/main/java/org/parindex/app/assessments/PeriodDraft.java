package org.parindex.app.assessments;

import java.time.LocalDate;
import java.util.List;

/**
 * A new period as the admin typed it, before it is checked: code, name, framework version, units and the deadlines
 * of its stages (round 2 only when given). Dates the browser sent but that are not dates are null with
 * {@code badDates} naming their fields.
 */
public record PeriodDraft(String code, String name, Long framework, List<String> units, LocalDate selfDue,
                          LocalDate round1Due, LocalDate explanationsDue, LocalDate round2Due, List<String> badDates) {

    public PeriodDraft {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        units = units == null ? List.of() : List.copyOf(units);
        badDates = badDates == null ? List.of() : List.copyOf(badDates);
    }
}
