package org.parindex.app.periods;

import java.time.LocalDate;

/** One round of the council's appraisal with its deadline. */
public record AppraisalRound(int number, LocalDate due) { }
