package org.parindex.app.periods;

/** Published (in the same transaction) when a period changes status; results are recomputed on LOCKED/PUBLISHED. */
public record PeriodStatusChanged(String period, PeriodStatus from, PeriodStatus to) { }
