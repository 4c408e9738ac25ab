package org.parindex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.core.bundle.BundleFixture.FRAMEWORK;
import static org.parindex.core.bundle.BundleFixture.UNITS;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.BundleFixture;

/** Each problem a scores file can have is reported as {@code file:line: message}, together with the others. */
class ScoresValidationTest {

    @TempDir
    Path dir;

    private List<String> problemsWithScores(String... rows) {
        return BundleFixture.valid().file("scores.csv", "unit,node,value,note\n" + String.join("\n", rows) + "\n")
                .problemsIn(dir);
    }

    @Test
    void theFixtureIsValid() {
        assertThat(BundleFixture.valid().readFrom(dir).periods()).hasSize(1);
    }

    @Test
    void unknownNode() {
        assertThat(problemsWithScores("a,1.1,yes,", "a,9.9,1,"))
                .containsExactly("scores.csv:3: unknown node \"9.9\" (not in framework test)");
    }

    @Test
    void valueOutsideZeroToMax() {
        assertThat(problemsWithScores("a,1.2,2.5,", "b,1.2,-0.5,")).containsExactly(
                "scores.csv:2: node 1.2: points 2.5 outside 0..2",
                "scores.csv:3: node 1.2: points -0.5 outside 0..2");
    }

    @Test
    void valueOffStep() {
        assertThat(problemsWithScores("a,1.2,0.3,"))
                .containsExactly("scores.csv:2: node 1.2: points 0.3 not a multiple of the step 0.5");
    }

    @Test
    void unknownOption() {
        assertThat(problemsWithScores("a,2.1,none,"))
                .containsExactly("scores.csv:2: node 2.1: unknown option \"none\", expected one of [full, part]");
    }

    @Test
    void duplicateRow() {
        assertThat(problemsWithScores("a,1.1,yes,", "b,1.1,yes,", "a,1.1,no,"))
                .containsExactly("scores.csv:4: duplicate row for unit a, node 1.1 (first on line 2)");
    }

    @Test
    void totalOfAParentMixedWithRowsOfItsChildren() {
        assertThat(problemsWithScores("a,1,2,", "a,1.1,yes,")).containsExactly(
                "scores.csv:3: unit a has a row for node 1.1 and a total for its ancestor 1 (line 2);"
                        + " give one or the other");
    }

    @Test
    void totalOfAParentOutsideItsMaximum() {
        assertThat(problemsWithScores("a,1,3.5,")).containsExactly("scores.csv:2: node 1: total 3.5 outside 0..3");
    }

    @Test
    void unknownUnit() {
        assertThat(problemsWithScores("z,1.1,yes,"))
                .containsExactly("scores.csv:2: unknown unit \"z\" (not in units.csv)");
    }

    @Test
    void unclosedQuote() {
        assertThat(problemsWithScores("a,1.1,yes,", "a,1.2,\"1,"))
                .containsExactly("scores.csv:3: not valid CSV: a quoted value is never closed");
    }

    @Test
    void textAfterAClosingQuote() {
        assertThat(problemsWithScores("a,1.1,yes,", "a,1.2,\"1\"x,")).singleElement().asString()
                .startsWith("scores.csv:3: not valid CSV: text after a closing quote");
    }

    @Test
    void wrongNumberOfValues() {
        assertThat(problemsWithScores("a,1.1,yes"))
                .containsExactly("scores.csv:2: expected 4 values (unit,node,value,note), found 3");
    }

    @Test
    void unknownColumn() {
        assertThat(BundleFixture.valid().file("scores.csv", "unit,node,value,points\na,1.1,yes,1\n").problemsIn(dir))
                .containsExactly("scores.csv:1: unknown column `points`; allowed: unit,node,value,note,stage,evidence");
    }

    @Test
    void columnNamedTwice() {
        assertThat(BundleFixture.valid().file("scores.csv", "unit,node,value,value\na,1.1,yes,no\n").problemsIn(dir))
                .containsExactly("scores.csv:1: the header names the column `value` twice");
    }

    @Test
    void columnWithoutName() {
        assertThat(BundleFixture.valid().file("scores.csv", "unit,node,value,\na,1.1,yes,x\n").problemsIn(dir))
                .containsExactly("scores.csv:1: not a valid header row: a column has no name");
    }

    @Test
    void yesNoThatIsNeither() {
        assertThat(problemsWithScores("a,1.1,maybe,"))
                .containsExactly("scores.csv:2: node 1.1: \"maybe\" is not yes or no");
    }

    @Test
    void notANumber() {
        assertThat(problemsWithScores("a,2.2,4O,"))
                .containsExactly("scores.csv:2: node 2.2: \"4O\" is not a number");
    }

    @Test
    void notApplicableWhereForbidden() {
        assertThat(problemsWithScores("a,1.1,NA,", "a,2.2,NA,")).containsExactly(
                "scores.csv:2: node 1.1 does not allow NA (its notApplicable is forbidden)");
    }

    @Test
    void nodeNotForTheUnitsGroup() {
        String framework = FRAMEWORK.replace("notApplicable: exclude", "unitGroups: [town]");
        assertThat(BundleFixture.valid().file("fw.yaml", framework)
                .file("scores.csv", "unit,node,value\nt,2.2,10\na,2.2,10\n").problemsIn(dir))
                .containsExactly("scores.csv:3: node 2.2 does not apply to unit group \"commune\" of a");
    }

    @Test
    void countThatIsNotWhole() {
        assertThat(problemsWithScores("a,D,1.5,", "b,D,-1,")).containsExactly(
                "scores.csv:2: node D: \"1.5\" is not a whole number of occurrences",
                "scores.csv:3: node D: \"-1\" is not a whole number of occurrences");
    }

    @Test
    void emptyValue() {
        assertThat(problemsWithScores("a,1.1,,")).containsExactly(
                "scores.csv:2: no value for unit a, node 1.1 (write NA for an item that did not arise, or leave the row out)");
    }

    @Test
    void unknownStage() {
        assertThat(BundleFixture.valid().file("scores.csv", "unit,node,value,note,stage\na,1.1,yes,,draft\n")
                .problemsIn(dir))
                .containsExactly("scores.csv:2: unknown stage \"draft\", expected self, appraisal1 or final");
    }

    @Test
    void unitThatDidNotExistInThePeriod() {
        String units = UNITS + "old,Xã Cũ,commune,2000-01-01,2019-12-31,\nnew,Xã Mới,commune,2024-01-01,,\n";
        assertThat(BundleFixture.valid().file("units.csv", units)
                .file("scores.csv", "unit,node,value\nold,1.1,yes\nnew,1.1,yes\n").problemsIn(dir)).containsExactly(
                "scores.csv:2: unit old did not exist in period 2023 (valid 2000-01-01 to 2019-12-31)",
                "scores.csv:3: unit new did not exist in period 2023 (valid 2024-01-01 to …)");
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
        String scores = "unit,node,value,note\na,1.1,yes,\"two\nlines\"\n\na,9,1,\n";
        assertThat(BundleFixture.valid().file("scores.csv", scores).problemsIn(dir))
                .containsExactly("scores.csv:5: unknown node \"9\" (not in framework test)");
    }

    @Test
    void everyProblemOfTheFileAtOnce() {
        assertThat(problemsWithScores("a,9.9,1,", "a,1.2,7,", "z,1.1,yes,", "a,1.1,maybe,")).hasSize(4);
    }
}
