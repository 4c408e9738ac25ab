package org.parindex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parindex.core.engine.Scoring.framework;
import static org.parindex.core.engine.Scoring.score;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.core.engine.UnitResult.Entry;

/** Whole periods computed by hand: kinds, not-applicable items, groups, totals, aggregation, ranking and bands. */
class EngineTest {

    /** Field 1 (1.1 of 4, 1.2 of 6), field 2 (2.1 of 10, towns only), a bonus of 2 and a deduction of 1. */
    private static final String NODES = """
              - code: "1"
                name: Chỉ đạo
                children:
                  - { code: "1.1", name: Kế hoạch, max: 4 }
                  - { code: "1.2", name: Hoàn thành, max: 6, notApplicable: full }
              - code: "2"
                name: Chính phủ số
                unitGroups: [town]
                children:
                  - { code: "2.1", name: Trực tuyến, max: 10, notApplicable: exclude }
              - { code: "B", name: Sáng kiến, kind: bonus, max: 2 }
              - { code: "D", name: Trễ hạn, kind: deduction, max: 1, rule: { type: count, perOccurrence: 0.5 } }
            """;

    private static UnitResult unit(PeriodResult result, String code) {
        return result.unit(code).orElseThrow();
    }

    @Test
    void parentsAddTheirChildren() {
        UnitResult a = unit(score(framework("", NODES), "a,1.1,3", "a,1.2,4.5"), "a");
        assertThat(a.points("1")).isEqualTo(7.5);
        assertThat(a.maximum("1")).isEqualTo(10);
        assertThat(a.percent("1")).isEqualTo(75);
        assertThat(a.node("1").entry()).isEqualTo(Entry.PARENT);
        assertThat(a.index()).isEqualTo(75);
    }

    @Test
    void bonusAddsOutsideTheMaximumAndDeductionSubtracts() {
        UnitResult a = unit(score(framework("", NODES), "a,1.1,3", "a,1.2,4", "a,B,2", "a,D,1"), "a");
        assertThat(a.points()).isEqualTo(8.5);            // 7 + 2 - 0.5
        assertThat(a.maximum()).isEqualTo(10);
        assertThat(a.index()).isEqualTo(85);
        assertThat(a.points("B")).isEqualTo(2);
        assertThat(a.points("D")).isEqualTo(0.5);
    }

    @Test
    void aBonusParentIsCappedAtItsStatedMaximum() {
        String nodes = """
                  - { code: "1", name: Field, max: 10 }
                  - code: "B"
                    name: Sáng kiến
                    kind: bonus
                    max: 2
                    children:
                      - { code: "B.1", name: Một, max: 1.5 }
                      - { code: "B.2", name: Hai, max: 1.5 }
                """;
        UnitResult a = unit(score(framework("", nodes), "a,1,5", "a,B.1,1.5", "a,B.2,1.5"), "a");
        assertThat(a.points("B")).isEqualTo(2);
        assertThat(a.points()).isEqualTo(7);
        assertThat(a.index()).isEqualTo(70);
    }

    @Test
    void capAt100OnAndOff() {
        String rows = "a,1.1,4;a,1.2,6;a,B,2";
        UnitResult capped = unit(score(framework("", NODES), rows.split(";")), "a");
        UnitResult uncapped = unit(score(framework("capAt100: false", NODES), rows.split(";")), "a");
        assertThat(capped.index()).isEqualTo(100);
        assertThat(uncapped.index()).isEqualTo(120);
        assertThat(uncapped.points()).isEqualTo(12);
    }

    @Test
    void notApplicableFullGivesTheMaximumAndExcludeLeavesItOut() {
        PeriodResult result = score(framework("", NODES), "a,1.1,2", "a,1.2,NA", "t,1.1,2", "t,1.2,3", "t,2.1,NA");
        UnitResult a = unit(result, "a");
        assertThat(a.points("1.2")).isEqualTo(6);
        assertThat(a.node("1.2").entry()).isEqualTo(Entry.NOT_APPLICABLE);
        assertThat(a.index()).isEqualTo(80);               // (2 + 6) / 10
        UnitResult t = unit(result, "t");
        assertThat(t.maximum("2.1")).isZero();
        assertThat(t.maximum()).isEqualTo(10);             // 2.1 left out of the maximum
        assertThat(t.percent("2")).isNaN();
        assertThat(t.index()).isEqualTo(50);
    }

    @Test
    void nodesForOtherGroupsCountNowhere() {
        PeriodResult result = score(framework("", NODES), "a,1.1,4", "a,1.2,6", "t,1.1,4", "t,1.2,6", "t,2.1,5");
        assertThat(unit(result, "a").maximum()).isEqualTo(10);
        assertThat(unit(result, "a").index()).isEqualTo(100);
        assertThat(unit(result, "a").node("2.1").entry()).isEqualTo(Entry.NOT_FOR_GROUP);
        assertThat(unit(result, "t").maximum()).isEqualTo(20);
        assertThat(unit(result, "t").index()).isEqualTo(75);
        assertThat(unit(result, "t").percent("2")).isEqualTo(50);
    }

    @Test
    void aTotalOnAParentStandsForItsChildren() {
        UnitResult a = unit(score(framework("", NODES), "a,1,6.5"), "a");
        assertThat(a.points("1")).isEqualTo(6.5);
        assertThat(a.percent("1")).isEqualTo(65);
        assertThat(a.node("1.1").entry()).isEqualTo(Entry.IN_TOTAL);
        assertThat(a.missing()).isZero();
        assertThat(a.index()).isEqualTo(65);
    }

    @Test
    void missingLeavesScoreZeroAndAreCounted() {
        UnitResult a = unit(score(framework("", NODES), "a,1.1,4"), "a");
        assertThat(a.missing()).isEqualTo(1);                   // 1.2; the bonus and the deduction are not missing
        assertThat(a.node("1.2").entry()).isEqualTo(Entry.MISSING);
        assertThat(a.maximum()).isEqualTo(10);
        assertThat(a.index()).isEqualTo(40);
    }

    @Test
    void weightedAggregationIsTheWeightedMeanOfTopLevelPercentages() {
        String nodes = """
                  - code: "1"
                    name: A
                    weight: 3
                    children:
                      - { code: "1.1", name: A1, max: 10 }
                  - { code: "2", name: B, max: 4, weight: 1 }
                """;
        UnitResult a = unit(score(framework("aggregation: weighted", nodes), "a,1.1,5", "a,2,4"), "a");
        assertThat(a.index()).isEqualTo(62.5);                  // (3 × 50 + 1 × 100) / 4
    }

    @Test
    void weightedAggregationAddsBonusAsAShareOfTheMaximum() {
        String nodes = """
                  - { code: "1", name: A, max: 10, weight: 1 }
                  - { code: "2", name: B, max: 10, weight: 1 }
                  - { code: "B", name: Bonus, kind: bonus, max: 2 }
                """;
        UnitResult a = unit(score(framework("aggregation: weighted", nodes), "a,1,5", "a,2,5", "a,B,2"), "a");
        assertThat(a.index()).isCloseTo(60, within(1e-9));       // 50 % + 2 of 20 points
    }

    @Test
    void equalIndicesShareARankAndTheNextIsSkipped() {
        String nodes = "  - { code: \"1\", name: A, max: 10 }\n";
        PeriodResult result = score(framework("", nodes), "a,1,7", "b,1,8", "c,1,9", "d,1,8");
        assertThat(result.ranking()).extracting(r -> r.unit().code() + " " + r.rank())
                .containsExactly("c 1", "b 2", "d 2", "a 4");
    }

    @Test
    void indicesThatDifferOnlyBySumRoundingTie() {
        String nodes = """
                  - { code: "1", name: A, max: 0.3 }
                  - { code: "2", name: B, max: 0.7 }
                """;
        PeriodResult result = score(framework("", nodes), "a,1,0.1", "a,2,0.2", "b,1,0.3", "b,2,0");
        assertThat(result.ranking()).extracting(UnitResult::rank).containsExactly(1, 1);
    }

    @Test
    void theBandIsChosenOnTheDisplayedIndex() {
        String nodes = "  - { code: \"1\", name: A, max: 10000 }\n";
        assertThat(unit(score(framework("decimals: 1", nodes), "a,1,8996"), "a").band().code()).isEqualTo("xuat-sac");
        assertThat(unit(score(framework("decimals: 2", nodes), "a,1,8996"), "a").band().code()).isEqualTo("tot");
        assertThat(unit(score(framework("decimals: 2", nodes), "a,1,7999.5"), "a").band().code()).isEqualTo("tot");
    }

    @Test
    void onlyUnitsWithRowsTakePart() {
        PeriodResult result = score(framework("", NODES), "b,1.1,1", "a,1.1,2");
        assertThat(result.size()).isEqualTo(2);
        assertThat(result.ranking()).extracting(r -> r.unit().code()).isEqualTo(List.of("a", "b"));
        assertThat(result.averagePercent("1")).isCloseTo(15, within(1e-9));
    }
}
