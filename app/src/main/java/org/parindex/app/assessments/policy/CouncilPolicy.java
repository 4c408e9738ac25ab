package org.parindex.app.assessments.policy;

import static org.parindex.app.periods.PeriodStatus.APPRAISAL_1;
import static org.parindex.app.periods.PeriodStatus.APPRAISAL_2;
import static org.parindex.app.periods.PeriodStatus.DRAFT;
import static org.parindex.app.periods.PeriodStatus.EXPLANATIONS;
import static org.parindex.app.periods.PeriodStatus.LOCKED;
import static org.parindex.app.periods.PeriodStatus.PUBLISHED;
import static org.parindex.app.periods.PeriodStatus.SELF_ASSESSMENT;

import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;

/**
 * What the council may do: appraisers and admins set points in a round and ask for explanations in round 1;
 * only admins move the period through its stages, lock, publish, re-open and extend a unit's deadline.
 * Appraisal rounds have no server-side cut-off of their own: the admin closes a round by moving on.
 */
final class CouncilPolicy {

    private CouncilPolicy() { }

    static Decision appraise(Viewer who, Situation s) {
        return Checks.council(who).and(() -> Checks.stage(s, APPRAISAL_1, APPRAISAL_2));
    }

    static Decision askExplanation(Viewer who, Situation s) {
        return Checks.council(who).and(() -> Checks.stage(s, APPRAISAL_1));
    }

    /** Open, start round 1, ask for explanations, start round 2 (only where the period has one). */
    static Decision advance(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN).and(() -> s.roundTwo()
                ? Checks.stage(s, DRAFT, SELF_ASSESSMENT, APPRAISAL_1, EXPLANATIONS)
                : Checks.stage(s, DRAFT, SELF_ASSESSMENT, APPRAISAL_1));
    }

    /** After the last round: round 2, or the explanations where the period has no round 2. */
    static Decision lock(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN).and(() -> Checks.stage(s, s.roundTwo() ? APPRAISAL_2 : EXPLANATIONS));
    }

    static Decision publish(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN).and(() -> s.status() == LOCKED ? Decision.ALLOW
                : Decision.refuse("stage", s.status(), java.util.List.of(LOCKED)));
    }

    static Decision reopen(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN).and(() -> s.status() == LOCKED || s.status() == PUBLISHED
                ? Decision.ALLOW : Decision.refuse("stage", s.status(), java.util.List.of(LOCKED, PUBLISHED)));
    }

    static Decision openPeriod(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN);
    }

    static Decision seeQueue(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN, Role.APPRAISER, Role.VIEWER);
    }

    static Decision extendDeadline(Viewer who, Situation s) {
        return Checks.role(who, Role.ADMIN).and(() -> Checks.stage(s, SELF_ASSESSMENT, EXPLANATIONS));
    }
}
