package org.parindex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.io.ScoresCsv;
import org.parindex.core.io.UnitsCsv;
import org.parindex.core.problem.Problems;

/** A leaf laid under a stage takes last period's points where the stage has nothing, and only under the same rule. */
class LayerTest {

    private static final String NODES = """
              - code: "1"
                name: Công khai
                children:
                  - { code: "1.1", name: Có quy chế, max: 2, rule: { type: yesno } }
                  - { code: "1.2", name: Niêm yết, max: 2, rule: { type: choice, options: [ { code: du, label: Đủ, points: 2 }, { code: thieu, label: Thiếu, points: 0.5 } ] } }
            """;

    @Test
    void cellsWithoutAValueTakeLastPeriodsPoints() {
        ScoreSheet last = sheet(NODES, "a,1.1,yes", "a,1.2,thieu", "b,1.1,no", "b,1.2,du", "c,1.1,yes", "d,1.1,yes",
                "t,1.1,yes");
        ScoreSheet stage = sheet(NODES, "a,1.1,no", "b,1.2,thieu", "c,1.1,no", "d,1.1,no", "t,1.1,no");
        ScoreSheet.Builder builder = new ScoreSheet.Builder(stage);
        builder.layer(0, last, 0, false);
        builder.layer(1, last, 1, false);
        PeriodResult result = Engine.score(builder.build());

        assertThat(result.unit("a").orElseThrow().points("1")).isEqualTo(0.5);   // 1.1 its own no, 1.2 last thiếu
        assertThat(result.unit("b").orElseThrow().points("1")).isEqualTo(0.5);   // 1.1 last no, 1.2 its own thiếu
        assertThat(result.unit("c").orElseThrow().points("1")).isZero();         // 1.2 in neither period
        assertThat(result.unit("c").orElseThrow().missing()).isEqualTo(1);
    }

    @Test
    void aLeafWhoseRuleChangedIsNotLaid() {
        ScoreSheet last = sheet(NODES.replace("points: 0.5", "points: 1"), "a,1.1,yes", "a,1.2,thieu", "b,1.1,no",
                "c,1.1,yes", "d,1.1,yes", "t,1.1,yes");
        ScoreSheet stage = sheet(NODES, "a,1.1,no", "b,1.2,thieu", "c,1.1,no", "d,1.1,no", "t,1.1,no");
        ScoreSheet.Builder builder = new ScoreSheet.Builder(stage);
        builder.layer(0, last, 0, false);
        assertThatThrownBy(() -> builder.layer(1, last, 1, false)).isInstanceOf(IllegalStateException.class);
    }

    private static ScoreSheet sheet(String nodes, String... rows) {
        Problems problems = new Problems();
        Framework framework = FrameworkReader.parse(Scoring.framework("", nodes), "fw.yaml", problems);
        List<Unit> units = UnitsCsv.parse(Scoring.UNITS, "units.csv", problems);
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Period period = new Period("2023", "2023", "fw.yaml", framework, "scores.csv",
                ScoresCsv.parse("unit,node,value\n" + String.join("\n", rows) + "\n", "scores.csv", problems),
                null, null, null);
        ScoreSheet sheet = ScoreSheet.bind(new Plan(framework), period, byCode, Stage.FINAL, problems);
        assertThat(problems.list()).isEmpty();
        return sheet;
    }
}
