package org.parindex.app.plans;

import java.time.LocalDate;
import java.util.List;

/** One action of a unit's improvement plan as the pages show it. */
public record ActionView(long id, int version, String period, String unit, String code, String title,
                         List<String> nodes, String owner, LocalDate due, String status, boolean overdue,
                         List<Note> notes) {

    /** A progress note, with the evidence file attached to it (id and name) if any. */
    public record Note(LocalDate date, String text, Long evidenceId, String evidenceName, String by) { }
}
