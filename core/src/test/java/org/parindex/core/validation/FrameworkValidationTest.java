package org.parindex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.BundleFixture;

/** Each problem a framework file can have is reported with its line. */
class FrameworkValidationTest {

    @TempDir
    Path dir;

    /** A framework whose nodes (from line 8) are given; lines 1-7 are the header and two bands. */
    private static String framework(String nodes) {
        return """
                format: parindex/framework@1
                id: t
                name: T
                bands:
                  - { code: a, name: A, min: 50 }
                  - { code: b, name: B, min: 0 }
                nodes:
                """ + nodes;
    }

    private List<String> problemsOf(String frameworkText) {
        return BundleFixture.valid().file("fw.yaml", frameworkText).file("scores.csv", "unit,node,value\n")
                .problemsIn(dir);
    }

    @Test
    void parentWhoseStatedMaximumDisagrees() {
        assertThat(problemsOf(framework("""
                  - code: "1"
                    name: Field
                    max: 5
                    children:
                      - { code: "1.1", name: A, max: 1 }
                      - { code: "1.2", name: B, max: 2 }
                """))).containsExactly("fw.yaml:10: node 1 states max 5 but its children's maxima add up to 3");
    }

    @Test
    void parentWhoseStatedMaximumAgreesIsFine() {
        assertThat(BundleFixture.valid().file("fw.yaml", framework("""
                  - code: "1"
                    name: Field
                    max: 3
                    children:
                      - { code: "1.1", name: A, max: 1 }
                      - { code: "1.2", name: B, max: 2 }
                """)).file("scores.csv", "unit,node,value\n").readFrom(dir).periods().get(0).framework().max())
                .isEqualTo(3);
    }

    @Test
    void bandsNotDescending() {
        assertThat(problemsOf("""
                format: parindex/framework@1
                id: t
                name: T
                bands:
                  - { code: a, name: A, min: 50 }
                  - { code: b, name: B, min: 70 }
                  - { code: c, name: C, min: 0 }
                nodes:
                  - { code: "1", name: A, max: 1 }
                """)).containsExactly("fw.yaml:6: bands must be listed from the highest `min` down: 70 follows 50");
    }

    @Test
    void lastBandAboveZero() {
        assertThat(problemsOf("""
                format: parindex/framework@1
                id: t
                name: T
                bands:
                  - { code: a, name: A, min: 50 }
                nodes:
                  - { code: "1", name: A, max: 1 }
                """)).containsExactly("fw.yaml:5: the last band must start at 0 so that every index has a band");
    }

    @Test
    void unknownRuleType() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 1, rule: { type: magic } }
                """))).containsExactly(
                "fw.yaml:8: unknown rule type \"magic\", expected manual, yesno, choice, tiers, linear or count");
    }

    @Test
    void tierWithoutPoints() {
        assertThat(problemsOf(framework("""
                  - code: "1"
                    name: A
                    max: 2
                    rule:
                      type: tiers
                      tiers:
                        - { atLeast: 95, points: 2 }
                        - { atLeast: 80 }
                """))).containsExactly("fw.yaml:15: a tier of 1 needs `points`");
    }

    @Test
    void tierWithBothBounds() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 2, rule: { type: tiers, tiers: [ { atLeast: 9, atMost: 1, points: 2 } ] } }
                """))).contains("fw.yaml:8: a tier of 1 needs exactly one of `atLeast` or `atMost`");
    }

    @Test
    void linearFromEqualTo() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 2, rule: { type: linear, from: 50, to: 50.0 } }
                """))).containsExactly("fw.yaml:8: linear rule of 1 needs `from` different from `to`");
    }

    @Test
    void countOutsideADeduction() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 2, rule: { type: count, perOccurrence: 1 } }
                """))).containsExactly("fw.yaml:8: count rule of 1 is for deductions only (kind: deduction)");
    }

    @Test
    void duplicateNodeCode() {
        assertThat(problemsOf(framework("""
                  - code: "1"
                    name: A
                    children:
                      - { code: "1.1", name: A, max: 1 }
                  - { code: "1.1", name: B, max: 1 }
                """))).containsExactly("fw.yaml:12: duplicate node code \"1.1\"");
    }

    @Test
    void leafWithoutMax() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 1 }
                  - { code: "2", name: B }
                  - { code: "3", name: C, max: 0 }
                """))).containsExactly("fw.yaml:9: leaf 2 needs `max` greater than 0",
                "fw.yaml:10: leaf 3 needs `max` greater than 0");
    }

    @Test
    void maxThatIsNotAFiniteNumber() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: .nan }
                  - { code: "2", name: B, max: Infinity }
                  - { code: "3", name: C, max: 0x10 }
                """))).containsExactly("fw.yaml:8: `max` must be a number, found \".nan\"",
                "fw.yaml:9: `max` must be a number, found \"Infinity\"",
                "fw.yaml:10: `max` must be a number, found \"0x10\"");
    }

    @Test
    void emptyChildrenList() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, children: [] }
                """))).containsExactly("fw.yaml:8: node 1 has an empty `children` list; give children or a `max`");
    }

    @Test
    void unknownEnumValues() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 1, kind: extra, notApplicable: skip }
                """))).containsExactly("fw.yaml:8: `kind` must be one of scored, bonus, deduction, found \"extra\"",
                "fw.yaml:8: `notApplicable` must be one of full, exclude, forbidden, found \"skip\"");
    }

    @Test
    void missingKeysAndUnknownFormat() {
        assertThat(problemsOf("""
                format: parindex/framework@2
                bands:
                  - { code: a, name: A, min: 0 }
                nodes:
                  - { code: "1", max: 1 }
                """)).containsExactly(
                "fw.yaml:1: unknown format \"parindex/framework@2\", expected parindex/framework@1",
                "fw.yaml:1: missing key `id`",
                "fw.yaml:1: missing key `name`",
                "fw.yaml:5: missing key `name`");
    }

    @Test
    void duplicateKey() {
        assertThat(problemsOf(framework("""
                  - code: "1"
                    name: A
                    max: 1
                    max: 2
                """))).containsExactly("fw.yaml:11: duplicate key `max`");
    }

    @Test
    void notYaml() {
        assertThat(problemsOf("nodes: [ {code: 1\n")).singleElement().asString().startsWith("fw.yaml:2: not valid YAML");
    }

    @Test
    void recursiveAlias() {
        assertThat(problemsOf(framework("""
                  - &n { code: "1", name: A, max: 1, children: [ *n ] }
                """))).contains("fw.yaml:8: an alias refers to a value that contains it");
    }

    @Test
    void everyProblemOfTheFileAtOnce() {
        assertThat(problemsOf(framework("""
                  - { code: "1", name: A, max: 1, rule: { type: magic } }
                  - { code: "1", name: B }
                  - { code: "3", name: C, max: 1, rule: { type: linear, from: 1, to: 1 } }
                """))).hasSize(4);
    }
}
