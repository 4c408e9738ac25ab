package org.parindex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parindex.core.engine.Scoring.framework;
import static org.parindex.core.engine.Scoring.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points of one leaf for a value, by rule, computed by hand. */
class RulePointsTest {

    /** The points unit a earns on a single leaf "1" of maximum {@code max} with the given rule. */
    private static double points(String max, String rule, String value) {
        String nodes = "  - { code: \"1\", name: Leaf, max: " + max + ", rule: " + rule + " }\n";
        return score(framework("", nodes), "a,1," + value).unit("a").orElseThrow().points("1");
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1.5", "0, 0", "2, 2"})
    void manualGivesTheNumber(String value, double expected) {
        assertThat(points("2", "{ type: manual, step: 0.5 }", value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"yes, 3", "no, 0", "có, 3", "không, 0"})
    void yesNoGivesTheMaximumOrNothing(String value, double expected) {
        assertThat(points("3", "{ type: yesno }", value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"good, 3", "fair, 1.5", "poor, 0"})
    void choiceGivesTheOptionsPoints(String value, double expected) {
        String rule = "{ type: choice, options: [ { code: good, label: Tốt, points: 3 }, "
                + "{ code: fair, label: Khá, points: 1.5 }, { code: poor, label: Kém, points: 0 } ] }";
        assertThat(points("3", rule, value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"100, 2", "95, 2", "94.99, 1", "80, 1", "79.9, 0", "0, 0"})
    void tiersAtLeastTakeTheFirstMatch(String value, double expected) {
        assertThat(points("2", "{ type: tiers, tiers: [ { atLeast: 95, points: 2 }, { atLeast: 80, points: 1 } ] }",
                value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "2, 1", "2.5, 0.5", "5, 0.5", "5.1, 0"})
    void tiersAtMostForLowerIsBetter(String value, double expected) {
        assertThat(points("1", "{ type: tiers, tiers: [ { atMost: 2, points: 1 }, { atMost: 5, points: 0.5 } ] }",
                value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "25, 1", "42.5, 1.7", "50, 2", "80, 2", "-10, 0"})
    void linearIsProportionalAndClamped(String value, double expected) {
        assertThat(points("2", "{ type: linear, from: 0, to: 50 }", value)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"20, 0", "30, 0", "12.5, 2", "5, 4", "0, 4"})
    void linearLowerIsBetter(String value, double expected) {
        assertThat(points("4", "{ type: linear, from: 20, to: 5 }", value)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void countDeductsPerOccurrenceUpToTheMaximum() {
        String nodes = """
                  - { code: "1", name: Field, max: 10 }
                  - { code: "D", name: Late, kind: deduction, max: 1, rule: { type: count, perOccurrence: 0.25 } }
                """;
        PeriodResult result = score(framework("", nodes), "a,1,10", "a,D,3", "b,1,10", "b,D,9", "c,1,10", "c,D,0");
        assertThat(result.unit("a").orElseThrow().points()).isEqualTo(9.25);
        assertThat(result.unit("a").orElseThrow().points("D")).isEqualTo(0.75);
        assertThat(result.unit("b").orElseThrow().points()).isEqualTo(9);
        assertThat(result.unit("b").orElseThrow().points("D")).isEqualTo(1);
        assertThat(result.unit("c").orElseThrow().points()).isEqualTo(10);
    }
}
