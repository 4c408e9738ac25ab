package org.parindex.app.assessments.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.parindex.app.accounts.Viewer;

/** May this user do this now? Every action of the workflow asks here first; refusals carry their reason. */
public final class WorkflowPolicy {

    private static final Map<Action, BiFunction<Viewer, Situation, Decision>> POLICIES = new EnumMap<>(Action.class);

    static {
        POLICIES.put(Action.EDIT_SELF_SCORE, UnitWorkPolicy::editSelfScore);
        POLICIES.put(Action.SUBMIT, UnitWorkPolicy::submit);
        POLICIES.put(Action.WITHDRAW, UnitWorkPolicy::withdraw);
        POLICIES.put(Action.ADD_EVIDENCE, UnitWorkPolicy::addEvidence);
        POLICIES.put(Action.ANSWER_EXPLANATION, UnitWorkPolicy::answerExplanation);
        POLICIES.put(Action.APPRAISE, CouncilPolicy::appraise);
        POLICIES.put(Action.ASK_EXPLANATION, CouncilPolicy::askExplanation);
        POLICIES.put(Action.ADVANCE, CouncilPolicy::advance);
        POLICIES.put(Action.LOCK, CouncilPolicy::lock);
        POLICIES.put(Action.PUBLISH, CouncilPolicy::publish);
        POLICIES.put(Action.REOPEN, CouncilPolicy::reopen);
        POLICIES.put(Action.EXTEND_DEADLINE, CouncilPolicy::extendDeadline);
        POLICIES.put(Action.OPEN_PERIOD, CouncilPolicy::openPeriod);
        POLICIES.put(Action.SEE_QUEUE, CouncilPolicy::seeQueue);
    }

    private WorkflowPolicy() { }

    public static Decision decide(Viewer who, Action action, Situation situation) {
        return POLICIES.get(action).apply(who, situation);
    }

    public static void require(Viewer who, Action action, Situation situation) {
        decide(who, action, situation).orThrow();
    }
}
