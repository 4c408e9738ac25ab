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

    /** A status change: the period after it and the event it raises (published by {@link PeriodStages}). */
    public record StatusChange(Period period, PeriodStatusChanged event) { }

    public boolean hasRoundTwo() {
        return rounds.stream().anyMatch(r -> r.number() == 2);
    }

    /** The stage after this one (round 2 skipped where the period has none); null once published. */
    public PeriodStatus nextStatus() {
        return status == PeriodStatus.PUBLISHED ? null : StageOrder.next(status, hasRoundTwo());
    }

    /** The period as a form read it, at {@code readVersion}: saving it fails when someone changed it since. */
    public Period readAt(int readVersion) {
        return new Period(code, name, frameworkId, status, ordinal, startsOn, endsOn, announcedOn, selfAssessmentDue,
                explanationsDue, rounds, unitCodes, readVersion);
    }

    /** The next stage before the lock: open, round 1, explanations, round 2. */
    public StatusChange advanced() {
        PeriodStatus next = nextStatus();
        require(next != null && !next.isClosed(), "advance");
        return to(next);
    }

    /** Locked after its last round. */
    public StatusChange locked() {
        require(nextStatus() == PeriodStatus.LOCKED, "lock");
        return to(PeriodStatus.LOCKED);
    }

    public StatusChange published() {
        require(status == PeriodStatus.LOCKED, "publish");
        return to(PeriodStatus.PUBLISHED);
    }

    /** Back from locked or published to the last appraisal round. */
    public StatusChange reopened() {
        require(status.isClosed(), "re-open");
        return to(StageOrder.reopened(hasRoundTwo()));
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new IllegalStateException("period " + code + " cannot " + step + " from " + status);
        }
    }

    private StatusChange to(PeriodStatus next) {
        return new StatusChange(withStatus(next), new PeriodStatusChanged(code, status, next));
    }

    public Period withStatus(PeriodStatus next) {
        return new Period(code, name, frameworkId, next, ordinal, startsOn, endsOn, announcedOn, selfAssessmentDue,
                explanationsDue, rounds, unitCodes, version);
    }
}
