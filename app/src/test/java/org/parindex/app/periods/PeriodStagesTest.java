package org.parindex.app.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The periods module alone: a period moves only along its life-cycle, each move is saved with its event, and a move
 * made from a stale read changes nothing.
 */
@ApplicationModuleTest
class PeriodStagesTest {

    @Autowired PeriodStages stages;
    @Autowired Periods periods;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @BeforeEach
    void aDraftPeriod() {
        Database.empty(jdbc);
        jdbc.sql("INSERT INTO frameworks (code, revision, name, file_name, source, max_points, created_at)"
                + " VALUES ('cchc', 1, 'Bộ tiêu chí', 'cchc.yaml', '', 100, :at)").param("at", OffsetDateTime.now())
                .update();
        long framework = jdbc.sql("SELECT id FROM frameworks").query(Long.class).single();
        periods.save(new Period("2025", "Năm 2025", framework, PeriodStatus.DRAFT, 1, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 10),
                List.of(new AppraisalRound(1, LocalDate.of(2026, 1, 5))), List.of(), 0));
    }

    @Test
    void eachStageIsSavedWithItsEventAndAPeriodWithoutRoundTwoGoesFromExplanationsToLocked(
            AssertablePublishedEvents events) {
        Period p = periods.find("2025").orElseThrow();
        for (int i = 0; i < 3; i++) {
            p = stages.apply(p.advanced());
        }
        assertThat(p.status()).isEqualTo(PeriodStatus.EXPLANATIONS);
        assertThat(p.nextStatus()).isEqualTo(PeriodStatus.LOCKED);
        p = stages.apply(p.locked());
        p = stages.apply(p.published());

        assertThat(periods.find("2025").orElseThrow().isPublished()).isTrue();
        assertThat(events.ofType(PeriodStatusChanged.class)).extracting(PeriodStatusChanged::to).containsExactly(
                PeriodStatus.SELF_ASSESSMENT, PeriodStatus.APPRAISAL_1, PeriodStatus.EXPLANATIONS,
                PeriodStatus.LOCKED, PeriodStatus.PUBLISHED);
        Period published = p;
        assertThatThrownBy(published::advanced).isInstanceOf(IllegalStateException.class);
        assertThat(stages.apply(published.reopened()).status()).isEqualTo(PeriodStatus.APPRAISAL_1);
    }

    @Test
    void aMoveFromAStaleReadIsRefusedAndChangesNothing() {
        Period read = periods.find("2025").orElseThrow();
        stages.apply(read.advanced());

        assertThatThrownBy(() -> stages.apply(read.advanced().period().withStatus(PeriodStatus.APPRAISAL_1)
                .readAt(read.version()).advanced())).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(periods.find("2025").orElseThrow().status()).isEqualTo(PeriodStatus.SELF_ASSESSMENT);
    }
}
