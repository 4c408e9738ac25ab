package org.parindex.app.assessments.web;

import java.time.LocalDate;
import org.parindex.app.assessments.Sheet;

/** A unit in the appraiser's queue: its sheet, deadline, items not appraised this round, open explanations. */
public record QueueRow(String unit, String name, Sheet sheet, LocalDate due, int itemsLeft, int unanswered,
                       double index) { }
