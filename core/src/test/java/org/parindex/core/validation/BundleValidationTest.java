package org.parindex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.core.bundle.BundleFixture.BUNDLE;
import static org.parindex.core.bundle.BundleFixture.FRAMEWORK;
import static org.parindex.core.bundle.BundleFixture.UNITS;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.BadInputException;

/** Problems of bundle.yaml, units.csv and of the files' bytes; and every problem of every file at once. */
class BundleValidationTest {

    @TempDir
    Path dir;

    private List<String> problemsWithUnits(String... rows) {
        return BundleFixture.valid().file("units.csv", UNITS + String.join("\n", rows) + "\n").problemsIn(dir);
    }

    private List<String> problemsWithBundle(String bundleYaml) {
        return BundleFixture.valid().file("bundle.yaml", bundleYaml).problemsIn(dir);
    }

    /** The text's bytes with {@code bad} (not UTF-8) in place of the marker {@code ~}. */
    private static byte[] withBadByte(String text, int bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.write(b == '~' ? bad : b);
        }
        return out.toByteArray();
    }

    @Test
    void cyclicPredecessors() {
        assertThat(problemsWithUnits("x,Xã X,commune,,,y", "y,Xã Y,commune,,,z", "z,Xã Z,commune,,,x"))
                .containsExactly("units.csv:5: predecessors form a cycle: x → y → z → x");
    }

    @Test
    void unitItsOwnPredecessor() {
        assertThat(problemsWithUnits("x,Xã X,commune,,,x")).containsExactly("units.csv:5: predecessors form a cycle: x → x");
    }

    @Test
    void unknownPredecessor() {
        assertThat(problemsWithUnits("x,Xã X,commune,2020-01-01,,a;gone"))
                .containsExactly("units.csv:5: unit x names unknown predecessor \"gone\"");
    }

    @Test
    void duplicateUnitCode() {
        assertThat(problemsWithUnits("b,Xã B khác,commune,,,"))
                .containsExactly("units.csv:5: duplicate unit code \"b\" (first on line 3)");
    }

    @Test
    void badDates() {
        assertThat(problemsWithUnits("x,Xã X,commune,2020-13-01,,", "y,Xã Y,commune,2020-01-01,2019-01-01,"))
                .containsExactly("units.csv:5: `validFrom` \"2020-13-01\" is not a date like 2020-01-01",
                        "units.csv:6: unit y ends (validTo 2019-01-01) before it starts (validFrom 2020-01-01)");
        assertThat(problemsWithBundle(BUNDLE + "    announced: 03/08/2023\n"))
                .containsExactly("bundle.yaml:10: `announced` \"03/08/2023\" is not a date like 2023-08-03");
    }

    @Test
    void unitWithoutNameOrGroupOrWithABadCode() {
        assertThat(problemsWithUnits("X Y,,,,,")).containsExactly(
                "units.csv:5: unit code \"X Y\" must be " + org.parindex.core.bundle.Codes.RULE,
                "units.csv:5: unit X Y has no name",
                "units.csv:5: unit X Y has no group (e.g. commune, ward, town)");
    }

    @Test
    void missingBundleKeys() {
        assertThat(problemsWithBundle("format: parindex/bundle@1\nperiods:\n  - code: \"2023\"\n")).containsExactly(
                "bundle.yaml:1: missing key `title`",
                "bundle.yaml:1: missing key `assessor`",
                "bundle.yaml:1: missing key `units`",
                "bundle.yaml:3: missing key `name`",
                "bundle.yaml:3: missing key `framework`",
                "bundle.yaml:3: missing key `scores`");
    }

    @Test
    void unknownFormatVersion() {
        assertThat(problemsWithBundle(BUNDLE.replace("bundle@1", "bundle@2")))
                .containsExactly("bundle.yaml:1: unknown format \"parindex/bundle@2\", expected parindex/bundle@1");
    }

    @Test
    void missingFiles() {
        assertThat(BundleFixture.valid().without("scores.csv").without("units.csv").problemsIn(dir))
                .containsExactly("bundle.yaml:4: \"units.csv\" is not in the bundle (file not found)",
                        "bundle.yaml:9: \"scores.csv\" is not in the bundle (file not found)");
    }

    @Test
    void missingBundleYaml() {
        assertThat(BundleFixture.valid().without("bundle.yaml").problemsIn(dir))
                .containsExactly("bundle.yaml: file not found");
    }

    @Test
    void pathsEscapingTheBundle() {
        assertThat(problemsWithBundle(BUNDLE.replace("scores: scores.csv", "scores: ../x.csv")
                .replace("units: units.csv", "units: /etc/passwd"))).containsExactly(
                "bundle.yaml:4: path \"/etc/passwd\" must be relative and inside the bundle",
                "bundle.yaml:9: path \"../x.csv\" must be relative and inside the bundle");
        assertThat(problemsWithBundle(BUNDLE.replace("scores: scores.csv", "scores: a/../../x.csv")))
                .containsExactly("bundle.yaml:9: path \"a/../../x.csv\" must be relative and inside the bundle");
    }

    @Test
    void pathThatIsNoPath() {
        assertThat(problemsWithBundle(BUNDLE.replace("scores: scores.csv", "scores: \"a\\0b\"")))
                .containsExactly("bundle.yaml:9: path \"a?b\" must be relative and inside the bundle");
    }

    @Test
    void duplicatePeriodCode() {
        String second = BUNDLE.substring(BUNDLE.indexOf("  - code"));
        assertThat(problemsWithBundle(BUNDLE + second)).containsExactly("bundle.yaml:10: duplicate period code \"2023\"");
    }

    @Test
    void badUtf8InACsvFile() {
        assertThat(BundleFixture.valid().bytes("units.csv", withBadByte(UNITS.replace("Xã B", "X~ B"), 0xC3))
                .problemsIn(dir)).containsExactly("units.csv:3: not valid UTF-8 (byte 70); save the file as UTF-8");
    }

    @Test
    void badUtf8InAYamlFile() {
        assertThat(BundleFixture.valid().bytes("fw.yaml", withBadByte(FRAMEWORK.replace("Chỉ đạo", "Ch~"), 0xFF))
                .problemsIn(dir)).singleElement().asString()
                .matches("fw\\.yaml:10: not valid UTF-8 \\(byte \\d+\\); save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsFine() {
        assertThat(BundleFixture.valid().file("units.csv", "\uFEFF" + UNITS).readFrom(dir).units()).hasSize(3);
    }

    @Test
    void everyProblemOfEveryFileAtOnce() {
        BundleFixture bundle = BundleFixture.valid()
                .file("bundle.yaml", BUNDLE + "    announced: yesterday\n")
                .file("units.csv", UNITS + "a,Xã A lần hai,commune,,,\n")
                .file("scores.csv", "unit,node,value\na,1.1,maybe\nz,1.2,1\n");
        assertThatThrownBy(() -> BundleReader.read(bundle.writeTo(dir)))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).hasSize(4))
                .hasMessage(String.join("\n",
                        "bundle.yaml:10: `announced` \"yesterday\" is not a date like 2023-08-03",
                        "scores.csv:2: node 1.1: \"maybe\" is not yes or no",
                        "scores.csv:3: unknown unit \"z\" (not in units.csv)",
                        "units.csv:5: duplicate unit code \"a\" (first on line 2)"));
    }

    @Test
    void frameworkAndScoresProblemsTogether() {
        List<String> problems = BundleFixture.valid()
                .file("fw.yaml", FRAMEWORK.replace("perOccurrence: 0.25", "perOccurrence: 0"))
                .file("units.csv", UNITS + "q,Xã Q,commune,,,nowhere\n").problemsIn(dir);
        assertThat(problems).containsExactly(
                "fw.yaml:40: count rule of D needs `perOccurrence` greater than 0",
                "units.csv:5: unit q names unknown predecessor \"nowhere\"");
    }

    @Test
    void notAFolder() {
        assertThatThrownBy(() -> BundleReader.read(dir.resolve("nothing")))
                .isInstanceOf(BadInputException.class).hasMessageEndingWith("no such folder or file");
    }
}
