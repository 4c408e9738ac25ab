package org.parindex.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.problem.Problems;

/** Which stage's row counts for an item, and what the lock carries into the final stage. */
class StageRowsTest {

    static ScoreRow row(String node, String value, Stage stage) {
        return new ScoreRow("a", node, value, "", stage, "", 2);
    }

    static final List<ScoreRow> ROWS = List.of(
            row("1.1", "yes", Stage.SELF), row("1.1", "no", Stage.APPRAISAL1),
            row("1.2", "1", Stage.SELF),
            row("2.1", "2", Stage.SELF), row("2.1", "1", Stage.APPRAISAL1), row("2.1", "3", Stage.FINAL));

    @Test
    void eachItemCountsItsRowOfTheStageElseOfTheLatestStageBefore() {
        assertThat(StageRows.counting(Stage.APPRAISAL1, ROWS)).extracting(ScoreRow::node, ScoreRow::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "no"),
                        org.assertj.core.groups.Tuple.tuple("1.2", "1"), org.assertj.core.groups.Tuple.tuple("2.1", "1"));
        assertThat(StageRows.counting(Stage.SELF, ROWS)).extracting(ScoreRow::value).containsExactly("yes", "1", "2");
        assertThat(StageRows.counting(Stage.FINAL, ROWS)).allMatch(r -> r.stage() == Stage.FINAL);
    }

    @Test
    void theExactRowIsOnlyTheOneOfThatStage() {
        assertThat(StageRows.exact(ROWS, "1.2", Stage.APPRAISAL1)).isNull();
        assertThat(StageRows.exact(ROWS, "1.1", Stage.APPRAISAL1).value()).isEqualTo("no");
    }

    @Test
    void theLockCarriesRoundOneElseTheSelfScoreIntoTheFinalStageOfItemsWithoutAFinalRow() {
        Problems problems = new Problems();
        Framework framework = FrameworkReader.parse("""
                format: parindex/framework@1
                id: t
                name: T
                bands:
                  - { code: tot, name: Tốt, min: 0 }
                nodes:
                  - code: "1"
                    name: A
                    children:
                      - { code: "1.1", name: B, max: 1, rule: { type: yesno } }
                      - { code: "1.2", name: C, max: 2, rule: { type: manual } }
                      - { code: "1.3", name: D, max: 2, rule: { type: manual } }
                  - { code: "2.1", name: E, max: 3, rule: { type: manual } }
                """, "fw.yaml", problems);
        assertThat(problems.list()).isEmpty();

        assertThat(StageRows.carriedToFinal(framework, "commune", ROWS))
                .extracting(ScoreRow::node, ScoreRow::value, ScoreRow::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "no", Stage.FINAL),
                        org.assertj.core.groups.Tuple.tuple("1.2", "1", Stage.FINAL));
        assertThat(StageRows.open(framework, "commune", Stage.APPRAISAL1, ROWS)).extracting(n -> n.code())
                .containsExactly("1.2", "1.3");
    }
}
