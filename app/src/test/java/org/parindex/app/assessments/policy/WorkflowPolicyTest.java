package org.parindex.app.assessments.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.StageOrder;

/**
 * Every action × every role × every stage of a period with two appraisal rounds, for an officer's own unit, before
 * the deadline, on a self-scored item (WITHDRAW on a submitted sheet, the rest on a draft). The table lists who
 * is allowed: N anonymous, A admin, P appraiser, O officer of the unit, V viewer; everything else is refused.
 * {@link #refusals} then checks the reason of each kind of refusal.
 */
class WorkflowPolicyTest {

    static final List<PeriodStatus> STAGES = List.of(PeriodStatus.values());

    //                                 DRAFT SELF  A1    EXPL  A2    LOCKED PUBLISHED
    static final Object[][] ALLOWED = {
        {Action.EDIT_SELF_SCORE,       "",   "O",  "",   "",   "",   "",    ""},
        {Action.SUBMIT,                "",   "O",  "",   "",   "",   "",    ""},
        {Action.WITHDRAW,              "",   "O",  "",   "",   "",   "",    ""},
        {Action.ADD_EVIDENCE,          "",   "O",  "",   "O",  "",   "",    ""},
        {Action.ANSWER_EXPLANATION,    "",   "",   "",   "O",  "",   "",    ""},
        {Action.APPRAISE,              "",   "",   "AP", "",   "AP", "",    ""},
        {Action.ASK_EXPLANATION,       "",   "",   "AP", "",   "",   "",    ""},
        {Action.ADVANCE,               "A",  "A",  "A",  "A",  "",   "",    ""},
        {Action.LOCK,                  "",   "",   "",   "",   "A",  "",    ""},
        {Action.PUBLISH,               "",   "",   "",   "",   "",   "A",   ""},
        {Action.REOPEN,                "",   "",   "",   "",   "",   "A",   "A"},
        {Action.EXTEND_DEADLINE,       "",   "A",  "",   "A",  "",   "",    ""},
        {Action.OPEN_PERIOD,           "A",  "A",  "A",  "A",  "A",  "A",   "A"},
        {Action.SEE_QUEUE,             "APV", "APV", "APV", "APV", "APV", "APV", "APV"},
    };

    static final LocalDate TODAY = LocalDate.of(2023, 7, 10);
    static final String UNIT = "hai-truong";

    static Viewer viewer(char letter) {
        return switch (letter) {
            case 'N' -> Viewer.ANONYMOUS;
            case 'A' -> new Viewer("admin", Role.ADMIN, null);
            case 'P' -> new Viewer("appraiser", Role.APPRAISER, null);
            case 'O' -> new Viewer("can-bo-hai-truong", Role.UNIT_OFFICER, UNIT);
            case 'V' -> new Viewer("viewer", Role.VIEWER, null);
            default -> throw new IllegalArgumentException();
        };
    }

    static Stream<Object[]> matrix() {
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : ALLOWED) {
            for (int s = 0; s < STAGES.size(); s++) {
                for (char who : "NAPOV".toCharArray()) {
                    out.add(new Object[] {row[0], STAGES.get(s), who, ((String) row[1 + s]).indexOf(who) >= 0});
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1} by {2} → {3}")
    @MethodSource("matrix")
    void everyActionRoleAndStage(Action action, PeriodStatus stage, char who, boolean allowed) {
        SheetState sheet = action == Action.WITHDRAW ? SheetState.SUBMITTED : SheetState.DRAFT;
        Situation s = new Situation(stage, true, UNIT, sheet, TODAY.plusDays(5), TODAY, false);
        Decision d = WorkflowPolicy.decide(viewer(who), action, s);
        assertThat(d.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.reason()).startsWith("workflow.refused.");
        }
    }

    static final LocalDate PAST = TODAY.minusDays(1), LATER = TODAY.plusDays(3);

    /** who, action, stage, round two, unit, sheet, due, external item → expected reason (null: allowed). */
    static final Object[][] REFUSALS = {
        {'O', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "DRAFT", PAST, false, "deadline"},
        {'O', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "DRAFT", TODAY, false, null},
        {'O', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "DRAFT", null, false, null},
        {'O', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, "hai-an", "DRAFT", LATER, false, "notYourUnit"},
        {'O', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "SUBMITTED", LATER, false, "submitted"},
        {'O', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "DRAFT", LATER, true, "external"},
        {'O', Action.EDIT_SELF_SCORE, "APPRAISAL_1", true, UNIT, "DRAFT", LATER, false, "stage"},
        {'O', Action.EDIT_SELF_SCORE, "LOCKED", true, UNIT, "DRAFT", LATER, false, "locked"},
        {'P', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "DRAFT", LATER, false, "role"},
        {'N', Action.EDIT_SELF_SCORE, "SELF_ASSESSMENT", true, UNIT, "DRAFT", LATER, false, "anonymous"},
        {'O', Action.SUBMIT, "SELF_ASSESSMENT", true, UNIT, "DRAFT", PAST, false, "deadline"},
        {'O', Action.SUBMIT, "SELF_ASSESSMENT", true, UNIT, "SUBMITTED", LATER, false, "submitted"},
        {'O', Action.WITHDRAW, "SELF_ASSESSMENT", true, UNIT, "SUBMITTED", PAST, false, "deadline"},
        {'O', Action.WITHDRAW, "SELF_ASSESSMENT", true, UNIT, "DRAFT", LATER, false, "notSubmitted"},
        {'O', Action.ADD_EVIDENCE, "SELF_ASSESSMENT", true, UNIT, "SUBMITTED", LATER, false, "submitted"},
        {'O', Action.ADD_EVIDENCE, "EXPLANATIONS", true, UNIT, "SUBMITTED", LATER, false, null},
        {'O', Action.ADD_EVIDENCE, "EXPLANATIONS", true, UNIT, "SUBMITTED", PAST, false, "deadline"},
        {'O', Action.ANSWER_EXPLANATION, "EXPLANATIONS", true, UNIT, "SUBMITTED", PAST, false, "deadline"},
        {'O', Action.ANSWER_EXPLANATION, "EXPLANATIONS", true, "hai-an", "SUBMITTED", LATER, false, "notYourUnit"},
        {'P', Action.APPRAISE, "LOCKED", true, UNIT, "SUBMITTED", null, false, "locked"},
        {'A', Action.APPRAISE, "PUBLISHED", true, UNIT, "SUBMITTED", null, false, "published"},
        {'P', Action.APPRAISE, "APPRAISAL_1", true, UNIT, "SUBMITTED", PAST, true, null},
        {'P', Action.APPRAISE, "SELF_ASSESSMENT", true, UNIT, "SUBMITTED", null, false, "stage"},
        {'V', Action.APPRAISE, "APPRAISAL_1", true, UNIT, "SUBMITTED", null, false, "role"},
        {'P', Action.ASK_EXPLANATION, "APPRAISAL_2", true, UNIT, "SUBMITTED", null, false, "stage"},
        {'A', Action.ADVANCE, "EXPLANATIONS", false, UNIT, "SUBMITTED", null, false, "stage"},
        {'A', Action.LOCK, "EXPLANATIONS", false, UNIT, "SUBMITTED", null, false, null},
        {'A', Action.LOCK, "EXPLANATIONS", true, UNIT, "SUBMITTED", null, false, "stage"},
        {'P', Action.LOCK, "APPRAISAL_2", true, UNIT, "SUBMITTED", null, false, "role"},
        {'A', Action.PUBLISH, "APPRAISAL_2", true, UNIT, "SUBMITTED", null, false, "stage"},
        {'A', Action.PUBLISH, "PUBLISHED", true, UNIT, "SUBMITTED", null, false, "stage"},
        {'P', Action.REOPEN, "PUBLISHED", true, UNIT, "SUBMITTED", null, false, "role"},
        {'A', Action.EXTEND_DEADLINE, "LOCKED", true, UNIT, "SUBMITTED", null, false, "locked"},
    };

    static Stream<Object[]> refusals() {
        return Stream.of(REFUSALS);
    }

    @ParameterizedTest(name = "{0} {1} in {2} (round 2: {3}) unit {4} sheet {5} due {6} external {7} → {8}")
    @MethodSource("refusals")
    void refusals(char who, Action action, String stage, boolean roundTwo, String unit, String sheet, LocalDate due,
                  boolean external, String reason) {
        Situation s = new Situation(PeriodStatus.valueOf(stage), roundTwo, unit, SheetState.valueOf(sheet), due, TODAY,
                external);
        Decision d = WorkflowPolicy.decide(viewer(who), action, s);
        if (reason == null) {
            assertThat(d.allowed()).as(d.reason()).isTrue();
        } else {
            assertThat(d.allowed()).isFalse();
            assertThat(d.reason()).isEqualTo("workflow.refused." + reason);
        }
    }

    @ParameterizedTest(name = "after {0} (round 2: {1}) comes {2}")
    @MethodSource("order")
    void stagesFollowTheLifeCycle(PeriodStatus from, boolean roundTwo, PeriodStatus next) {
        assertThat(StageOrder.next(from, roundTwo)).isEqualTo(next);
    }

    static Stream<Object[]> order() {
        return Stream.of(new Object[][] {
            {PeriodStatus.DRAFT, true, PeriodStatus.SELF_ASSESSMENT},
            {PeriodStatus.SELF_ASSESSMENT, true, PeriodStatus.APPRAISAL_1},
            {PeriodStatus.APPRAISAL_1, true, PeriodStatus.EXPLANATIONS},
            {PeriodStatus.EXPLANATIONS, true, PeriodStatus.APPRAISAL_2},
            {PeriodStatus.EXPLANATIONS, false, PeriodStatus.LOCKED},
            {PeriodStatus.APPRAISAL_2, true, PeriodStatus.LOCKED},
            {PeriodStatus.LOCKED, true, PeriodStatus.PUBLISHED},
        });
    }

    @org.junit.jupiter.api.Test
    void duringExplanationsEvidenceGoesOnlyToTheItemsTheCouncilAskedAbout() {
        Situation asked = new Situation(PeriodStatus.EXPLANATIONS, false, UNIT, SheetState.SUBMITTED, LATER, TODAY,
                false, false);
        Situation notAsked = new Situation(PeriodStatus.EXPLANATIONS, false, UNIT, SheetState.SUBMITTED, LATER, TODAY,
                false, true);

        assertThat(WorkflowPolicy.decide(viewer('O'), Action.ADD_EVIDENCE, asked).allowed()).isTrue();
        Decision refused = WorkflowPolicy.decide(viewer('O'), Action.ADD_EVIDENCE, notAsked);
        assertThat(refused.reason()).isEqualTo("workflow.refused.notAsked");
        assertThat(refused.forbidden()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aRefusalForWhoTheUserIsIsForbiddenOneForWhenOrWhatIsNot() {
        Situation s = new Situation(PeriodStatus.SELF_ASSESSMENT, false, UNIT, SheetState.DRAFT, LATER, TODAY, false);
        assertThat(WorkflowPolicy.decide(viewer('A'), Action.EDIT_SELF_SCORE, s).forbidden()).isTrue();
        assertThat(WorkflowPolicy.decide(viewer('O'), Action.LOCK, s).forbidden()).isTrue();
        assertThat(WorkflowPolicy.decide(viewer('A'), Action.LOCK, s).forbidden()).isFalse();
    }
}
