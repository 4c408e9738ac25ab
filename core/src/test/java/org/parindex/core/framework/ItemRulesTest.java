package org.parindex.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.problem.Problems;

/** Which items apply to a unit group, which values an item accepts and what a late submission costs. */
class ItemRulesTest {

    static final Framework FRAMEWORK = read("""
            format: parindex/framework@1
            id: t
            name: T
            bands:
              - { code: tot, name: Tốt, min: 0 }
            nodes:
              - code: "1"
                name: Chỉ đạo
                children:
                  - { code: "1.1", name: Kế hoạch, max: 1, rule: { type: yesno }, evidence: required }
                  - { code: "1.2", name: Hoàn thành, max: 2, rule: { type: manual, step: 0.5 }, notApplicable: exclude }
                  - { code: "1.3", name: Khảo sát, max: 2, rule: { type: manual }, source: "survey:sipas" }
              - code: "2"
                name: Đô thị
                unitGroups: [town]
                children:
                  - { code: "2.1", name: Chợ, max: 3, rule: { type: manual } }
              - code: "D"
                name: Trễ hạn
                kind: deduction
                children:
                  - { code: "D.1", name: Nộp muộn, max: 1, rule: { type: count, perOccurrence: 0.25 }, source: "indicator:late-submission" }
                  - { code: "D.2", name: Báo cáo muộn, max: 1, rule: { type: yesno }, source: "indicator:late-submission" }
                  - { code: "D.3", name: Khác, max: 1, rule: { type: manual } }
            """);

    static Framework read(String text) {
        Problems problems = new Problems();
        Framework framework = FrameworkReader.parse(text, "fw.yaml", problems);
        assertThat(problems.list()).isEmpty();
        return framework;
    }

    static Node node(String code) {
        return FRAMEWORK.node(code).orElseThrow();
    }

    @Test
    void aUnitGroupGetsTheLeavesOfTheNodesThatApplyToIt() {
        assertThat(FRAMEWORK.leaves("commune")).extracting(Node::code)
                .containsExactly("1.1", "1.2", "1.3", "D.1", "D.2", "D.3");
        assertThat(FRAMEWORK.leaves("town")).extracting(Node::code)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "D.1", "D.2", "D.3");
        assertThat(node("2").leaves("commune")).isEmpty();
        assertThat(node("1.1").leaves("commune")).extracting(Node::code).containsExactly("1.1");
    }

    @Test
    void aUnitScoresItselfOnlyTheScoredItemsWithoutAnOutsideSource() {
        assertThat(FRAMEWORK.selfScoredLeaves("town")).extracting(Node::code).containsExactly("1.1", "1.2", "2.1");
        assertThat(node("1.1").requiresEvidence()).isTrue();
        assertThat(node("1.2").requiresEvidence()).isFalse();
    }

    @ParameterizedTest(name = "{0} = \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1.1 | yes  | -
            1.1 | có   | -
            1.1 | ok   | "ok" is not yes or no
            1.1 | NA   | NA
            1.2 | NA   | -
            1.2 | 1.5  | -
            1.2 | 1.2  | points 1.2 not a multiple of the step 0.5
            1.2 | 3    | points 3 outside 0..2
            D.1 | 2    | -
            D.1 | 1.5  | "1.5" is not a whole number of occurrences
            """)
    void anItemSaysWhyAValueCannotBeItsValue(String code, String value, String reason) {
        assertThat(node(code).check(value).orElse(null)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} from \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            D.1 | -   | 1
            D.1 | 2   | 3
            D.1 | NA  | 1
            D.1 | x   | 1
            D.2 | -   | yes
            D.2 | no  | yes
            D.3 | -   | 1
            """)
    void aLateSubmissionAddsOneOccurrenceSaysYesOrTakesTheMaximum(String code, String current, String next) {
        assertThat(LateSubmission.next(node(code), current)).isEqualTo(next);
    }

    @Test
    void theLateSubmissionItemsAreTheDeductionsFedByThatIndicator() {
        assertThat(LateSubmission.leaves(FRAMEWORK, "commune")).extracting(Node::code).containsExactly("D.1", "D.2");
    }
}
