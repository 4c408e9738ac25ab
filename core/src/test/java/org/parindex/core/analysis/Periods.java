package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Scoring;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.io.ScoresCsv;
import org.parindex.core.io.UnitsCsv;
import org.parindex.core.problem.Problems;

/** A hand-made bundle of yearly periods, built in memory: {@code new Periods(units).year(2022, fw, rows...)}. */
final class Periods {

    /**
     * Field 1: 1.1 yes/no of 2, 1.2 manual of 2. Field 2: 2.1 linear 0..50 of 4 (NA leaves it out of the maximum).
     * A bonus B of 1 and a deduction D of 1 (0.5 an occurrence). Maximum 8.
     */
    static final String NODES = """
              - code: "1"
                name: Chỉ đạo
                children:
                  - { code: "1.1", name: Kế hoạch, max: 2, rule: { type: yesno } }
                  - { code: "1.2", name: Hoàn thành, max: 2, rule: { type: manual, step: 0.5 } }
              - code: "2"
                name: Chính phủ số
                children:
                  - { code: "2.1", name: Tỷ lệ hồ sơ trực tuyến, max: 4, rule: { type: linear, from: 0, to: 50 }, notApplicable: exclude, source: "indicator:online" }
              - { code: "B", name: Sáng kiến, kind: bonus, max: 1, rule: { type: manual, step: 0.5 } }
              - code: "D"
                name: Điểm trừ
                kind: deduction
                max: 1
                children:
                  - { code: "D.1", name: Trễ hạn, max: 1, rule: { type: count, perOccurrence: 0.5 } }
            """;

    static final String POINTS = Scoring.framework("aggregation: points\ncapAt100: true\ndecimals: 2", NODES);

    private final List<Unit> units;
    private final List<Period> periods = new ArrayList<>();

    Periods(String unitsCsv) {
        Problems problems = new Problems();
        units = UnitsCsv.parse(unitsCsv, "units.csv", problems);
        assertThat(problems.list()).isEmpty();
    }

    Periods() {
        this(Scoring.UNITS);
    }

    /** Rows as "unit,node,value" or "unit,node,value,,stage". */
    Periods year(int year, String framework, String... rows) {
        Problems problems = new Problems();
        Framework f = FrameworkReader.parse(framework, "fw.yaml", problems);
        List<String> padded = new ArrayList<>();
        for (String row : rows) {
            padded.add(row + ",".repeat(Math.max(0, 4 - (int) row.chars().filter(c -> c == ',').count())));
        }
        List<ScoreRow> scoreRows = ScoresCsv.parse("unit,node,value,note,stage\n" + String.join("\n", padded) + "\n",
                year + ".csv", problems);
        assertThat(problems.list()).as("problems of the test input").isEmpty();
        periods.add(new Period(String.valueOf(year), "Năm " + year, "fw.yaml", f, year + ".csv", scoreRows, null,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        return this;
    }

    Bundle bundle() {
        return new Bundle("Thử", "Hội đồng", false, units, periods);
    }
}
