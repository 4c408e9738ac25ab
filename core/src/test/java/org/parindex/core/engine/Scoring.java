package org.parindex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.io.ScoresCsv;
import org.parindex.core.io.UnitsCsv;
import org.parindex.core.problem.Problems;

/** Scores a period given as the texts of its framework (nodes only, or whole), units and score rows. */
public final class Scoring {

    public static final String UNITS = """
            code,name,group
            a,Xã A,commune
            b,Xã B,commune
            c,Xã C,commune
            d,Xã D,commune
            t,Thị trấn T,town
            """;

    private Scoring() { }

    /** A framework file with the given top-level settings and nodes; five bands 90/80/70/50/0. */
    public static String framework(String settings, String nodes) {
        return """
                format: parindex/framework@1
                id: t
                name: T
                bands:
                  - { code: xuat-sac, name: Xuất sắc, min: 90 }
                  - { code: tot, name: Tốt, min: 80 }
                  - { code: kha, name: Khá, min: 70 }
                  - { code: trung-binh, name: Trung bình, min: 50 }
                  - { code: yeu, name: Yếu, min: 0 }
                """ + settings + (settings.isEmpty() || settings.endsWith("\n") ? "" : "\n") + "nodes:\n" + nodes;
    }

    public static PeriodResult score(String frameworkText, String... rows) {
        return score(frameworkText, List.of(rows));
    }

    public static PeriodResult score(String frameworkText, List<String> rows) {
        Problems problems = new Problems();
        Framework framework = FrameworkReader.parse(frameworkText, "fw.yaml", problems);
        List<Unit> units = UnitsCsv.parse(UNITS, "units.csv", problems);
        List<ScoreRow> scoreRows = ScoresCsv.parse("unit,node,value\n" + String.join("\n", rows) + "\n",
                "scores.csv", problems);
        assertThat(problems.list()).as("problems of the test input").isEmpty();
        Period period = new Period("2023", "Năm 2023", "fw.yaml", framework, "scores.csv", scoreRows, null, null, null);
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        ScoreSheet sheet = ScoreSheet.bind(new Plan(framework), period, byCode, Stage.FINAL, problems);
        assertThat(problems.list()).as("problems of the score rows").isEmpty();
        return Engine.score(sheet);
    }
}
