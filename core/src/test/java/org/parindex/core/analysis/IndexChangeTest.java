package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.core.engine.Scoring;
import org.parindex.core.history.BundleResults;
import org.parindex.core.problem.BadInputException;

class IndexChangeTest {

    private static IndexChange explain(Periods periods, String unit) {
        return IndexChange.of(BundleResults.of(periods.bundle()), "2023", unit);
    }

    private static double sum(IndexChange c) {
        return c.contributions().stream().mapToDouble(IndexChange.Contribution::value).sum() + c.held();
    }

    private static double value(IndexChange c, String code) {
        return c.contributions().stream().filter(x -> x.node().code().equals(code)).findFirst().orElseThrow().value();
    }

    @Test
    void contributionsSplitThePointsChangeByFieldAndAddUpToTheChangeOfTheIndex() {
        // 2022: 2 + 1 + 2 (25 of 50 online) = 5 of 8 = 62.5. 2023: 2 + 2 + 4 − 0.5 = 7.5 of 8 = 93.75.
        IndexChange c = explain(new Periods()
                .year(2022, Periods.POINTS, "a,1.1,yes", "a,1.2,1", "a,2.1,25", "a,D.1,0")
                .year(2023, Periods.POINTS, "a,1.1,yes", "a,1.2,2", "a,2.1,50", "a,D.1,1"), "a");

        assertThat(c.before().index()).isEqualTo(62.5);
        assertThat(c.after().index()).isEqualTo(93.75);
        assertThat(value(c, "1")).isCloseTo(12.5, within(1e-12));   // 4/8 − 3/8
        assertThat(value(c, "2")).isCloseTo(25, within(1e-12));     // 4/8 − 2/8
        assertThat(value(c, "B")).isZero();
        assertThat(value(c, "D")).isCloseTo(-6.25, within(1e-12));  // a deduction's share is negative
        assertThat(c.held()).isZero();
        assertThat(sum(c)).isCloseTo(c.indexDelta(), within(1e-9));
        assertThat(c.rounded(2)).extracting(BigDecimal::toPlainString)
                .containsExactly("12.50", "25.00", "0.00", "-6.25", "0.00");
    }

    @Test
    void anItemNotApplicableLeavesTheMaximumAndTheSharesFollow() {
        // 2023: 2.1 NA (excluded) so the maximum is 4; 2 + 2 − 0.5 = 3.5 of 4 = 87.5.
        IndexChange c = explain(new Periods()
                .year(2022, Periods.POINTS, "a,1.1,yes", "a,1.2,1", "a,2.1,25")
                .year(2023, Periods.POINTS, "a,1.1,yes", "a,1.2,2", "a,2.1,NA", "a,D.1,1"), "a");

        assertThat(c.after().index()).isEqualTo(87.5);
        assertThat(value(c, "1")).isCloseTo(62.5, within(1e-12));   // 4/4 − 3/8
        assertThat(value(c, "2")).isCloseTo(-25, within(1e-12));    // 0 − 2/8
        assertThat(value(c, "D")).isCloseTo(-12.5, within(1e-12));  // −0.5/4
        assertThat(sum(c)).isCloseTo(25, within(1e-9));
    }

    @Test
    void capAt100IsItsOwnLineSoTheLinesStillAddUp() {
        // 2023: 8 of 8 plus a bonus of 1 = 112.5, held at 100.
        IndexChange c = explain(new Periods()
                .year(2022, Periods.POINTS, "a,1.1,yes", "a,1.2,1", "a,2.1,25")
                .year(2023, Periods.POINTS, "a,1.1,yes", "a,1.2,2", "a,2.1,50", "a,B,1"), "a");

        assertThat(c.after().index()).isEqualTo(100);
        assertThat(value(c, "B")).isCloseTo(12.5, within(1e-12));
        assertThat(c.held()).isCloseTo(-12.5, within(1e-12));
        assertThat(sum(c)).isCloseTo(37.5, within(1e-9));
    }

    @Test
    void weightedAggregationSplitsTheWeightedShares() {
        String weighted = Scoring.framework("aggregation: weighted\ncapAt100: true\ndecimals: 2", """
                  - code: "1"
                    name: Chỉ đạo
                    weight: 3
                    children:
                      - { code: "1.1", name: Kế hoạch, max: 2, rule: { type: yesno } }
                      - { code: "1.2", name: Hoàn thành, max: 2, rule: { type: manual, step: 0.5 } }
                  - code: "2"
                    name: Chính phủ số
                    weight: 1
                    children:
                      - { code: "2.1", name: Trực tuyến, max: 4, rule: { type: linear, from: 0, to: 50 } }
                """);
        // 2022: field 1 at 75 %, field 2 at 50 %: (3 × 75 + 50) / 4 = 68.75. 2023: both 100 %.
        IndexChange c = explain(new Periods()
                .year(2022, weighted, "a,1.1,yes", "a,1.2,1", "a,2.1,25")
                .year(2023, weighted, "a,1.1,yes", "a,1.2,2", "a,2.1,50"), "a");

        assertThat(c.before().index()).isEqualTo(68.75);
        assertThat(value(c, "1")).isCloseTo(18.75, within(1e-12));  // 3 × 100 / 4 − 3 × 75 / 4
        assertThat(value(c, "2")).isCloseTo(12.5, within(1e-12));   // 100 / 4 − 50 / 4
        assertThat(sum(c)).isCloseTo(31.25, within(1e-9));
    }

    @Test
    void aFieldOfOnlyOnePeriodContributesItsWholeShare() {
        String withField3 = Scoring.framework("aggregation: points\ncapAt100: true\ndecimals: 2", Periods.NODES + """
                  - code: "3"
                    name: Mới
                    children:
                      - { code: "3.1", name: Mới, max: 2, rule: { type: yesno } }
                """);
        // 2023: 2 + 2 + 4 + 2 = 10 of 10.
        IndexChange c = explain(new Periods()
                .year(2022, Periods.POINTS, "a,1.1,yes", "a,1.2,2", "a,2.1,50")
                .year(2023, withField3, "a,1.1,yes", "a,1.2,2", "a,2.1,50", "a,3.1,yes"), "a");

        assertThat(value(c, "3")).isCloseTo(20, within(1e-12));
        assertThat(value(c, "1")).isCloseTo(-10, within(1e-12));    // 4/10 − 4/8
        assertThat(sum(c)).isCloseTo(0, within(1e-9));
    }

    @Test
    void aMergedUnitIsComparedWithTheMeanOfItsPredecessorsAndTheirBestRank() {
        String units = """
                code,name,group,validFrom,validTo,predecessors
                x,Xã X,commune,,2022-12-31,
                y,Xã Y,commune,,2022-12-31,
                z,Xã Z,commune,,,
                m,Xã M,commune,2023-01-01,,x;y
                """;
        // 2022: x 4/8 = 50, y 8/8 = 100, z 6/8 = 75 (ranks y 1, z 2, x 3). 2023: m 6/8 = 75, z 7/8 = 87.5.
        IndexChange c = explain(new Periods(units)
                .year(2022, Periods.POINTS, "x,1.1,yes", "x,1.2,2", "y,1.1,yes", "y,1.2,2", "y,2.1,50",
                        "z,1.1,yes", "z,2.1,50")
                .year(2023, Periods.POINTS, "m,1.1,yes", "m,2.1,50", "z,1.1,yes", "z,1.2,1", "z,2.1,50"), "m");

        assertThat(c.before().units()).extracting(r -> r.unit().code()).containsExactlyInAnyOrder("x", "y");
        assertThat(c.before().index()).isEqualTo(75);
        assertThat(c.before().rank()).isEqualTo(1);
        assertThat(c.after().rank()).isEqualTo(2);
        assertThat(value(c, "1")).isCloseTo(-25, within(1e-12));    // 2/8 − mean(4/8, 4/8)
        assertThat(value(c, "2")).isCloseTo(25, within(1e-12));     // 4/8 − mean(0, 4/8)
        assertThat(c.indexDelta()).isZero();
        assertThat(c.passedBy()).extracting(m -> m.unit().unit().code()).containsExactly("z");
        assertThat(c.passedBy().get(0).largest()).extracting(x -> x.node().code()).containsExactly("1");
    }

    @Test
    void whoPassedTheUnitAndWhomItPassed() {
        // 2022: a 5/8, b 4/8, c 6/8 (c 1, a 2, b 3). 2023: b 8/8, a 7/8, c 2/8 (b 1, a 2, c 3).
        IndexChange c = explain(new Periods()
                .year(2022, Periods.POINTS, "a,1.1,yes", "a,1.2,1", "a,2.1,25", "b,1.1,yes", "b,1.2,2",
                        "c,1.1,yes", "c,2.1,50")
                .year(2023, Periods.POINTS, "a,1.1,yes", "a,1.2,1", "a,2.1,50", "b,1.1,yes", "b,1.2,2", "b,2.1,50",
                        "c,1.1,yes"), "a");

        assertThat(c.rankGain()).isZero();
        assertThat(c.passedBy()).extracting(m -> m.unit().unit().code()).containsExactly("b");
        assertThat(c.passedBy().get(0).indexDelta()).isEqualTo(50);
        assertThat(c.passedBy().get(0).largest()).extracting(x -> x.node().code()).containsExactly("2");
        assertThat(c.passed()).extracting(m -> m.unit().unit().code()).containsExactly("c");
        assertThat(c.passed().get(0).largest()).extracting(x -> x.node().code()).containsExactly("2");
    }

    @Test
    void aPeriodWithoutAPreviousOneIsRefusedWithAClearMessage() {
        Periods periods = new Periods().year(2023, Periods.POINTS, "a,1.1,yes");

        assertThatThrownBy(() -> explain(periods, "a")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no period before 2023 has a result for a");
        assertThatThrownBy(() -> explain(periods, "b")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unit \"b\" has no result in period 2023");
    }

    @Test
    void roundedContributionsAddUpExactlyToTheDisplayedChange() {
        List<BigDecimal> parts = IndexChange.Apportion.round(List.of(1.004, 1.004, 1.004), new BigDecimal("3.01"), 2);

        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("3.01");
    }
}
