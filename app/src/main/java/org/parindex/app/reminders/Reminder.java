package org.parindex.app.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.parindex.app.periods.PeriodStatus;

/**
 * A deadline reminder sent for a unit's open work of a stage on a day: to how many of its officers, and how many
 * of them by e-mail (those with an address, when the server has a mail server).
 */
public record Reminder(String period, String unit, PeriodStatus stage, LocalDate remindedOn, LocalDate due,
                       int recipients, int mailed, OffsetDateTime at) { }
