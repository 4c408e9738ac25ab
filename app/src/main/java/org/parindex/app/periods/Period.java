package org.parindex.app.periods;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment period (campaign): its framework version, participating units, deadlines and status.
 * {@code ordinal} orders periods oldest first.
 */
public record Period(String code, String name, long frameworkId, PeriodStatus status, int ordinal,
                     LocalDate startsOn, LocalDate endsOn, LocalDate announcedOn, LocalDate selfAssessmentDue,
                     LocalDate explanationsDue, List<AppraisalRound> rounds, List<String> unitCodes, int version) {

    public Period {
        rounds = List.copyOf(rounds);
        unitCodes = List.copyOf(unitCodes);
    }

    public boolean isPublished() {
        return status.isPublished();
    }

    public Period withStatus(PeriodStatus next) {
        return new Period(code, name, frameworkId, next, ordinal, startsOn, endsOn, announcedOn, selfAssessmentDue,
                explanationsDue, rounds, unitCodes, version);
    }
}
