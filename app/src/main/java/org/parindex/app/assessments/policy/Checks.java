package org.parindex.app.assessments.policy;

import java.util.Arrays;
import java.util.List;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.periods.PeriodStatus;

/** The single checks policies are made of; each allows or refuses with one reason. */
final class Checks {

    private Checks() { }

    static Decision role(Viewer who, Role... roles) {
        if (who.isAnonymous()) {
            return Decision.forbid("anonymous");
        }
        return Arrays.asList(roles).contains(who.role()) ? Decision.ALLOW : Decision.forbid("role", who.role());
    }

    /** An officer working on their own unit. */
    static Decision officerOf(Viewer who, Situation s) {
        return role(who, Role.UNIT_OFFICER).and(() -> s.unit().equals(who.unitCode()) ? Decision.ALLOW
                : Decision.forbid("notYourUnit", s.unit()));
    }

    /** The council: appraisers and administrators. */
    static Decision council(Viewer who) {
        return role(who, Role.APPRAISER, Role.ADMIN);
    }

    /** The period is in one of these stages; a locked or published period says so. */
    static Decision stage(Situation s, PeriodStatus... allowed) {
        List<PeriodStatus> list = Arrays.asList(allowed);
        if (list.contains(s.status())) {
            return Decision.ALLOW;
        }
        if (s.status() == PeriodStatus.PUBLISHED) {
            return Decision.refuse("published");
        }
        if (s.status() == PeriodStatus.LOCKED) {
            return Decision.refuse("locked");
        }
        return Decision.refuse("stage", s.status(), list);
    }

    static Decision sheet(Situation s, SheetState wanted) {
        if (s.sheet() == wanted) {
            return Decision.ALLOW;
        }
        return wanted == SheetState.DRAFT ? Decision.refuse("submitted") : Decision.refuse("notSubmitted");
    }

    static Decision beforeDue(Situation s) {
        return s.pastDue() ? Decision.refuse("deadline", s.due()) : Decision.ALLOW;
    }

    static Decision selfScored(Situation s) {
        return s.external() ? Decision.refuse("external") : Decision.ALLOW;
    }
}
