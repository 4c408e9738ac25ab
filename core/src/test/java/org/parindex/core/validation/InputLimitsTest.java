package org.parindex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.core.bundle.BundleFixture.BUNDLE;
import static org.parindex.core.bundle.BundleFixture.FRAMEWORK;
import static org.parindex.core.bundle.BundleFixture.UNITS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.Limits;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/** Every input is bounded before it is parsed: refused in seconds and bounded memory, with a one-line message. */
class InputLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aHugeQuotedScalarIsRefusedBeforeTheYamlParserSeesIt() {
        String huge = BUNDLE.replace("title: Chỉ số CCHC thử", "title: \"" + "x".repeat(15_000_000) + "\"");
        assertThat(BundleFixture.valid().file("bundle.yaml", huge).problemsIn(dir))
                .containsExactly("bundle.yaml: larger than the limit of 1 MB for this file");
    }

    @Test
    void aLongValueAndTooManyLinesInAFramework() {
        String longName = FRAMEWORK.replace("name: Bộ chỉ số thử", "name: \"" + "y".repeat(20_000) + "\"");
        assertThat(BundleFixture.valid().file("fw.yaml", longName).problemsIn(dir))
                .containsExactly("fw.yaml:3: a value of 20000 characters; the limit is " + Limits.YAML_SCALAR_CHARS);
        String lines = FRAMEWORK + "#\n".repeat(Limits.YAML_LINES);
        assertThat(BundleFixture.valid().file("fw.yaml", lines).problemsIn(dir))
                .containsExactly("fw.yaml:20001: more than 20000 lines, the limit of a YAML file");
    }

    @Test
    void aCsvOfTooManyRowsIsRefusedAtTheFirstRowPastTheLimit() {
        StringBuilder scores = new StringBuilder("unit,node,value\n");
        scores.append("a,1.1,yes\n".repeat(Limits.CSV_ROWS + 1));
        assertThat(BundleFixture.valid().file("scores.csv", scores.toString()).problemsIn(dir))
                .containsExactly("scores.csv:" + (Limits.CSV_ROWS + 2) + ": more than " + Limits.CSV_ROWS
                        + " rows, the limit of a CSV file");
    }

    @Test
    void problemsAreCappedAndEachIsOneLine() {
        String units = UNITS + "\"x\ny\",Xã X,commune,,,\n" + "bad code,Xã,commune,,,\n".repeat(1_500);
        List<String> problems = BundleFixture.valid().file("units.csv", units).problemsIn(dir);
        assertThat(problems).hasSize(Problems.MAX_LISTED + 1).noneMatch(p -> p.contains("\n"));
        assertThat(problems.get(0)).startsWith("units.csv:5: unit code \"x?y\" must be");
        assertThat(problems.get(Problems.MAX_LISTED)).startsWith("units.csv: and ").contains("more problems, not listed");
    }

    @Test
    void aZipOfTooManyEntriesOrCutShortIsRefusedWithAMessage() throws IOException {
        Path many = dir.resolve("many.zip");
        try (OutputStream out = Files.newOutputStream(many); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i <= Limits.ZIP_ENTRIES; i++) {
                z.putNextEntry(new ZipEntry("f" + i));
                z.closeEntry();
            }
        }
        assertThatThrownBy(() -> BundleReader.read(many)).isInstanceOf(BadInputException.class)
                .hasMessage("many.zip: more than 2000 entries, the limit of a bundle");
        Path whole = dir.resolve("whole.zip");
        try (OutputStream out = Files.newOutputStream(whole); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("bundle.yaml"));
            z.write(BUNDLE.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BundleReader.read(cut)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cut.zip: not a readable .zip").hasMessageContaining("cut short");
    }
}
