package org.parindex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.problem.Problems;

/** A leaf's points as codes into a table of its distinct points, and as plain points when too many differ. */
class LeafPointsTest {

    private static final int UNITS = 84_000;   // more distinct rates than a code tells apart

    @Test
    void everyUnitReadsTheRulesPointsWithFewOrManyDistinctPoints() {
        Problems problems = new Problems();
        Framework framework = FrameworkReader.parse(Scoring.framework("", """
                  - { code: "1", name: Có kế hoạch, max: 2, rule: { type: yesno } }
                  - { code: "2", name: Tỷ lệ trực tuyến, max: 10, rule: { type: linear, from: 0, to: 100 } }
                """), "fw.yaml", problems);
        Map<String, Unit> units = new HashMap<>();
        List<ScoreRow> rows = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            String code = "x" + u;
            units.put(code, new Unit(code, "Xã " + u, "commune", null, null, List.of()));
            if (u % 7 != 0) {   // some units give nothing on leaf 1 (their cells are never read)
                rows.add(new ScoreRow(code, "1", u % 3 == 0 ? "no" : "yes", null, Stage.FINAL, null, u + 2));
            }
            rows.add(new ScoreRow(code, "2", String.valueOf(u / 840.0), null, Stage.FINAL, null, u + 2));
        }
        Period period = new Period("2024", "2024", "fw.yaml", framework, "scores.csv", rows, null, null, null);
        ScoreSheet sheet = ScoreSheet.bind(new Plan(framework), period, units, Stage.FINAL, problems);
        assertThat(problems.list()).isEmpty();

        LeafPoints yesNo = sheet.leafPoints(0);
        LeafPoints rate = sheet.leafPoints(1);
        assertThat(yesNo.code).isNotNull();
        assertThat(yesNo.table).hasSize(2);
        assertThat(rate.code).as("more than 65,536 distinct points").isNull();
        assertThat(sheet.leafPoints(1)).as("made once").isSameAs(rate);
        for (int u = 0; u < sheet.units().size(); u++) {
            if (sheet.hasValue(0, u)) {
                assertThat(yesNo.at(u)).isEqualTo(points(framework, "1", sheet.value(0, u)));
            }
            assertThat(rate.at(u)).isEqualTo(points(framework, "2", sheet.value(1, u)));
        }
    }

    private static double points(Framework framework, String code, double value) {
        Node node = framework.node(code).orElseThrow();
        return node.rule().points(value, node.max());
    }
}
