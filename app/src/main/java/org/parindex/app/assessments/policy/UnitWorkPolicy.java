package org.parindex.app.assessments.policy;

import static org.parindex.app.periods.PeriodStatus.EXPLANATIONS;
import static org.parindex.app.periods.PeriodStatus.SELF_ASSESSMENT;

import org.parindex.app.accounts.Viewer;

/**
 * What a unit's officer may do on their own sheet: self-score, submit and withdraw while the period is open for
 * self-assessment and the unit's deadline has not passed; add evidence then, or while answering explanations
 * (then only on the items the council asked about).
 */
final class UnitWorkPolicy {

    private UnitWorkPolicy() { }

    static Decision editSelfScore(Viewer who, Situation s) {
        return Checks.officerOf(who, s).and(() -> Checks.stage(s, SELF_ASSESSMENT))
                .and(() -> Checks.sheet(s, SheetState.DRAFT)).and(() -> Checks.beforeDue(s))
                .and(() -> Checks.selfScored(s));
    }

    static Decision submit(Viewer who, Situation s) {
        return Checks.officerOf(who, s).and(() -> Checks.stage(s, SELF_ASSESSMENT))
                .and(() -> Checks.sheet(s, SheetState.DRAFT)).and(() -> Checks.beforeDue(s));
    }

    static Decision withdraw(Viewer who, Situation s) {
        return Checks.officerOf(who, s).and(() -> Checks.stage(s, SELF_ASSESSMENT))
                .and(() -> Checks.sheet(s, SheetState.SUBMITTED)).and(() -> Checks.beforeDue(s));
    }

    static Decision addEvidence(Viewer who, Situation s) {
        return Checks.officerOf(who, s).and(() -> Checks.stage(s, SELF_ASSESSMENT, EXPLANATIONS))
                .and(() -> s.status() == SELF_ASSESSMENT ? Checks.sheet(s, SheetState.DRAFT)
                        : s.unaskedItem() ? Decision.refuse("notAsked") : Decision.ALLOW)
                .and(() -> Checks.beforeDue(s));
    }

    static Decision answerExplanation(Viewer who, Situation s) {
        return Checks.officerOf(who, s).and(() -> Checks.stage(s, EXPLANATIONS)).and(() -> Checks.beforeDue(s));
    }
}
