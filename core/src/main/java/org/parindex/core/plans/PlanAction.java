package org.parindex.core.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * One action of a unit's improvement plan for a period: a remedy linked to one or more framework nodes, with an
 * owner, a due date, a status and its progress notes (oldest first).
 *
 * @param code the action's code within the unit's plan (the code grammar)
 */
public record PlanAction(String unit, String code, String title, List<String> nodes, String owner, LocalDate due,
                         ActionStatus status, List<Note> notes) {

    /** A progress note. */
    public record Note(LocalDate date, String text) { }

    public PlanAction {
        nodes = List.copyOf(nodes);
        notes = List.copyOf(notes);
    }

    /** Past its due date and still open. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && due.isBefore(today);
    }
}
