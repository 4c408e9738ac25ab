package org.parindex.app.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.internal.Deadlines;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.DraftCheck;
import org.parindex.app.assessments.internal.PeriodOpenWork;
import org.parindex.app.assessments.internal.PublishedVersions;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.assessments.policy.Action;
import org.parindex.app.assessments.policy.Decision;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.assessments.policy.Situation;
import org.parindex.app.assessments.policy.WorkflowPolicy;
import org.parindex.app.audit.Audit;
import org.parindex.app.opendata.PublicationLog;
import org.parindex.app.periods.AppraisalRound;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStages;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.LeftOutUnits;
import org.parindex.app.results.Results;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's side of a period: open it, move it through its stages, lock (final points settled; the results
 * module computes and stores the results on the status change), publish (a version of the ranking kept for good), re-open with a reason, and
 * extend one unit's deadline with a reason. Every step is an audit entry.
 */
@Service
public class PeriodLifecycle {

    private final PeriodContext context;
    private final Periods periods;
    private final PeriodStages stages;
    private final Sheets sheets;
    private final Deadlines deadlines;
    private final FinalPoints finalPoints;
    private final Results results;
    private final PublishedVersions published;
    private final Audit audit;
    private final PublicationLog publications;
    private final PeriodOpenWork openWork;
    private final LeftOutUnits leftOut;
    private final DraftCheck draftCheck;

    PeriodLifecycle(PeriodContext context, Periods periods, PeriodStages stages, Sheets sheets, Deadlines deadlines,
                    FinalPoints finalPoints, Results results, PublishedVersions published, Audit audit,
                    PublicationLog publications, PeriodOpenWork openWork, LeftOutUnits leftOut, DraftCheck draftCheck) {
        this.openWork = openWork;
        this.draftCheck = draftCheck;
        this.leftOut = leftOut;
        this.context = context;
        this.periods = periods;
        this.stages = stages;
        this.sheets = sheets;
        this.deadlines = deadlines;
        this.finalPoints = finalPoints;
        this.results = results;
        this.published = published;
        this.audit = audit;
        this.publications = publications;
    }

    /** A new period in draft: its framework version, units and deadlines (round 2 only when its date is given). */
    @Transactional
    public Period open(Viewer who, String code, String name, long frameworkId, List<String> units, LocalDate selfDue,
                       LocalDate explanationsDue, LocalDate round1Due, LocalDate round2Due) {
        return open(who, new PeriodDraft(code, name, frameworkId, units, selfDue, round1Due, explanationsDue,
                round2Due, List.of()));
    }

    /**
     * Every problem of a new period by field (see {@link DraftCheck}); empty when it may be opened. Only for those
     * who may open a period (others are refused, 403).
     */
    @Transactional(readOnly = true)
    public Map<String, Decision> problems(Viewer who, PeriodDraft draft) {
        WorkflowPolicy.require(who, Action.OPEN_PERIOD, opening());
        return draftCheck.problems(draft);
    }

    /** A new period in draft, refused with its first problem (see {@link #problems}). */
    @Transactional
    public Period open(Viewer who, PeriodDraft d) {
        WorkflowPolicy.require(who, Action.OPEN_PERIOD, opening());
        draftCheck.problems(d).values().stream().findFirst().ifPresent(Decision::orThrow);
        List<AppraisalRound> rounds = d.round2Due() == null ? List.of(new AppraisalRound(1, d.round1Due()))
                : List.of(new AppraisalRound(1, d.round1Due()), new AppraisalRound(2, d.round2Due()));
        Period p = new Period(d.code(), d.name(), d.framework(), PeriodStatus.DRAFT, periods.nextOrdinal(), null, null,
                null, d.selfDue(), d.explanationsDue(), rounds, d.units(), 0);
        periods.save(p);
        audit.change(who.username(), "period.open", d.code(), null, null, null, PeriodStatus.DRAFT.name(), null);
        return periods.find(d.code()).orElseThrow();
    }

    /** Deletes a period still in draft (the admin's, like opening one); refused once it has started. */
    @Transactional
    public void deleteDraft(Viewer who, String code, int version) {
        Period p = context.period(code);
        WorkflowPolicy.require(who, Action.OPEN_PERIOD, opening());
        if (p.status() != PeriodStatus.DRAFT) {
            throw new RefusedException(Decision.refuse("notDraft"));
        }
        if (!periods.deleteDraft(code, version)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("period " + code + " changed");
        }
        audit.change(who.username(), "period.delete", code, null, null, PeriodStatus.DRAFT.name(), null, null);
    }

    /** The council's view of a period (its queue); anyone else is refused (403). */
    @Transactional(readOnly = true)
    public Period forCouncil(Viewer who, String code) {
        Period p = context.period(code);
        WorkflowPolicy.require(who, Action.SEE_QUEUE, context.situation(p));
        return p;
    }

    /** What is still open in the period (shown before a stage change, the lock and publication). */
    @Transactional
    public OpenWork openWork(String code) {
        return openWork.of(context.period(code));
    }

    /** The next stage before the lock, the caller having weighed what is still open. */
    @Transactional
    public PeriodStatus advance(Viewer who, String code, int version) {
        return advance(who, code, version, true);
    }

    /**
     * The next stage before the lock; opening self-assessment starts every unit's sheet. While work is still open
     * (see {@link #openWork}) it needs the admin's confirmation.
     */
    @Transactional
    public PeriodStatus advance(Viewer who, String code, int version, boolean confirmed) {
        Period p = context.period(code);
        WorkflowPolicy.require(who, Action.ADVANCE, context.situation(p));
        requireConfirmed(p, confirmed);
        PeriodStatus next = stages.apply(p.readAt(version).advanced()).status();
        if (next == PeriodStatus.SELF_ASSESSMENT) {
            p.unitCodes().forEach(u -> sheets.get(code, u));
        }
        audit.change(who.username(), "period.stage", code, null, null, p.status().name(), next.name(), null);
        return next;
    }

    /** Locks the period, the caller having weighed what is still open. */
    @Transactional
    public void lock(Viewer who, String code, int version) {
        lock(who, code, version, true);
    }

    /** Settles the final points of every unit and stores the results computed by core; open work needs confirming. */
    @Transactional
    public void lock(Viewer who, String code, int version, boolean confirmed) {
        Period p = context.period(code);
        WorkflowPolicy.require(who, Action.LOCK, context.situation(p));
        requireConfirmed(p, confirmed);
        p.unitCodes().forEach(u -> finalPoints.settle(p, u));
        stages.apply(p.readAt(version).locked());
        audit.change(who.username(), "period.stage", code, null, null, p.status().name(), "LOCKED", null);
    }

    /** Publishes a period whose every unit has a result. */
    @Transactional
    public int publish(Viewer who, String code, int version) {
        return publish(who, code, version, true, null);
    }

    /**
     * Makes the period public. Units without a result are left out of the ranking only by an explicit decision:
     * {@code leaveOutReason} is required then, stored and shown on the public pages.
     */
    @Transactional
    public int publish(Viewer who, String code, int version, boolean confirmed, String leaveOutReason) {
        Period p = context.period(code);
        WorkflowPolicy.require(who, Action.PUBLISH, context.situation(p));
        requireConfirmed(p, confirmed);
        List<String> without = openWork.withoutResult(p);
        if (!without.isEmpty() && (leaveOutReason == null || leaveOutReason.isBlank())) {
            throw new RefusedException(Decision.refuse("leaveOutReasonRequired", without.size()));
        }
        String reason = without.isEmpty() ? null : leaveOutReason.strip();
        if (reason != null) {
            ItemInput.requireAtMost("reason", reason, 2000);
        }
        leftOut.record(code, without, reason, who.username());
        if (reason != null) {
            audit.change(who.username(), "period.leaveOut", code, null, null, null, String.join(", ", without),
                    reason);
        }
        stages.apply(p.readAt(version).published());
        int n = published.add(code, results.rankingCsv(code), who.username());
        publications.record(code);
        audit.change(who.username(), "period.publish", code, null, null, "LOCKED", "PUBLISHED v" + n, null);
        return n;
    }

    /** Back to the last appraisal round; the published version stays available, marked with the reason. */
    @Transactional
    public PeriodStatus reopen(Viewer who, String code, int version, String reason) {
        Period p = context.period(code);
        WorkflowPolicy.require(who, Action.REOPEN, context.situation(p));
        requireReason(reason);
        PeriodStatus back = stages.apply(p.readAt(version).reopened()).status();
        published.markReopened(code, who.username(), reason.strip());
        audit.change(who.username(), "period.reopen", code, null, null, p.status().name(), back.name(), reason.strip());
        return back;
    }

    /** A later deadline of the current stage for one unit. */
    @Transactional
    public void extend(Viewer who, String code, String unit, LocalDate due, String reason) {
        Period p = context.period(code);
        context.unit(p, unit);
        WorkflowPolicy.require(who, Action.EXTEND_DEADLINE, context.situation(p));
        requireReason(reason);
        if (due == null) {
            throw new RefusedException(Decision.refuse("dateRequired"));
        }
        LocalDate old = deadlines.of(p, unit, p.status());
        deadlines.extend(code, unit, p.status(), due, reason.strip(), who.username());
        audit.change(who.username(), "deadline.extend", code, unit, null, old == null ? null : old.toString(),
                due + " (" + p.status().name() + ")", reason.strip());
    }

    @Transactional(readOnly = true)
    public List<PublishedVersion> publishedVersions(String code) {
        return published.of(code);
    }

    /** The situation of opening (or deleting) a period that is not in the workflow yet. */
    private Situation opening() {
        return new Situation(PeriodStatus.DRAFT, false, "", null, null, context.today(), false);
    }

    private void requireConfirmed(Period p, boolean confirmed) {
        if (!confirmed) {
            OpenWork open = openWork.of(p);
            if (!open.none()) {
                throw new RefusedException(Decision.refuse("openWorkNotConfirmed", open.notSubmitted().size(),
                        open.itemsNotAppraised(), open.unanswered(), open.withoutResult().size()));
            }
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Decision.refuse("reasonRequired"));
        }
    }
}
