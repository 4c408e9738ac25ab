package org.parindex.app.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A period moves through its stages only forward, locks after its last round, publishes once locked. */
class PeriodTest {

    static Period period(PeriodStatus status, boolean roundTwo) {
        List<AppraisalRound> rounds = roundTwo ? List.of(new AppraisalRound(1, null), new AppraisalRound(2, null))
                : List.of(new AppraisalRound(1, null));
        return new Period("2030", "Năm 2030", 1, status, 1, null, null, null, null, null, rounds, List.of("a"), 3);
    }

    @Test
    void advancingWalksTheStagesAndSkipsAMissingRoundTwo() {
        Period p = period(PeriodStatus.DRAFT, false);
        List<PeriodStatus> seen = new java.util.ArrayList<>();
        while (p.nextStatus() != PeriodStatus.LOCKED) {
            Period.StatusChange change = p.advanced();
            assertThat(change.event()).isEqualTo(new PeriodStatusChanged("2030", p.status(), change.period().status()));
            p = change.period();
            seen.add(p.status());
        }
        assertThat(seen).containsExactly(PeriodStatus.SELF_ASSESSMENT, PeriodStatus.APPRAISAL_1,
                PeriodStatus.EXPLANATIONS);
        assertThat(period(PeriodStatus.EXPLANATIONS, true).advanced().period().status())
                .isEqualTo(PeriodStatus.APPRAISAL_2);
    }

    @Test
    void itLocksOnlyAfterItsLastRoundAndPublishesOnlyOnceLocked() {
        assertThat(period(PeriodStatus.EXPLANATIONS, false).locked().period().status()).isEqualTo(PeriodStatus.LOCKED);
        assertThatThrownBy(() -> period(PeriodStatus.EXPLANATIONS, true).locked())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> period(PeriodStatus.EXPLANATIONS, false).advanced())
                .isInstanceOf(IllegalStateException.class);
        assertThat(period(PeriodStatus.LOCKED, false).published().event().to()).isEqualTo(PeriodStatus.PUBLISHED);
        assertThatThrownBy(() -> period(PeriodStatus.APPRAISAL_1, false).published())
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = PeriodStatus.class, names = {"LOCKED", "PUBLISHED"})
    void reOpeningGoesBackToTheLastRound(PeriodStatus closed) {
        assertThat(period(closed, true).reopened().period().status()).isEqualTo(PeriodStatus.APPRAISAL_2);
        assertThat(period(closed, false).reopened().period().status()).isEqualTo(PeriodStatus.APPRAISAL_1);
        assertThatThrownBy(() -> period(PeriodStatus.APPRAISAL_1, false).reopened())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangeKeepsTheVersionTheFormReadSoAStaleFormFails() {
        assertThat(period(PeriodStatus.DRAFT, false).readAt(1).advanced().period().version()).isEqualTo(1);
    }
}
