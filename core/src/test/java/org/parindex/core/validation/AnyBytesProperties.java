package org.parindex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.io.ScoresCsv;
import org.parindex.core.io.UnitsCsv;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/** Whatever bytes a file of a bundle holds, reading it gives a bundle or BadInputException, never anything else. */
class AnyBytesProperties {

    private static final List<String> FILES = List.of("bundle.yaml", "units.csv", "fw.yaml", "scores.csv");
    private static final List<String> TEXTS = List.of(BundleFixture.BUNDLE, BundleFixture.UNITS,
            BundleFixture.FRAMEWORK, BundleFixture.SCORES);

    private static final String SYNTAX = "\"',:;{}[]-&*!|>#\n\r\t ";

    @Provide
    Arbitrary<Integer> file() {
        return Arbitraries.integers().between(0, FILES.size() - 1);
    }

    /** An edit of a valid file: at a position (0..1 of its length), delete, duplicate, insert a byte or cut. */
    @Provide
    Arbitrary<List<int[]>> edits() {
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, 999).tuple3()
                .map(t -> new int[] {t.get1(), t.get2() % 5, t.get3()});
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void randomBytesInAnyFile(@ForAll("file") int file, @ForAll @Size(max = 400) byte[] bytes) throws IOException {
        assertReadsOrRejects(BundleFixture.valid().bytes(FILES.get(file), bytes));
    }

    @Property(tries = 700)
    void editedValidFiles(@ForAll("file") int file, @ForAll("edits") List<int[]> edits) throws IOException {
        byte[] bytes = TEXTS.get(file).getBytes(StandardCharsets.UTF_8);
        for (int[] e : edits) {
            bytes = apply(bytes, e);
        }
        assertReadsOrRejects(BundleFixture.valid().bytes(FILES.get(file), bytes));
    }

    @Property(tries = 300)
    void readersOnlyRecordProblems(@ForAll String text) {
        Problems problems = new Problems();
        FrameworkReader.parse(text, "f.yaml", problems);
        UnitsCsv.parse(text, "u.csv", problems);
        ScoresCsv.parse(text, "s.csv", problems);
        assertThat(problems.list()).allSatisfy(p -> assertThat(p.line()).isNotNegative());
    }

    @Property(tries = 100)
    void randomBytesAsAZip(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("parindex-zip");
        try {
            Path zip = Files.write(dir.resolve("b.zip"), bytes);
            readOrReject(zip);
        } finally {
            delete(dir);
        }
    }

    private static byte[] apply(byte[] in, int[] edit) {
        int at = in.length == 0 ? 0 : edit[0] * in.length / 1000;
        byte[] out;
        switch (edit[1]) {
            case 0 -> {      // delete a byte
                out = new byte[Math.max(0, in.length - 1)];
                System.arraycopy(in, 0, out, 0, Math.min(at, out.length));
                if (at < in.length) {
                    System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                }
            }
            case 1 -> {      // insert a byte
                out = new byte[in.length + 1];
                System.arraycopy(in, 0, out, 0, at);
                out[at] = (byte) edit[2];
                System.arraycopy(in, at, out, at + 1, in.length - at);
            }
            case 2 -> {      // overwrite a byte with a syntax character
                out = in.clone();
                if (at < out.length) {
                    out[at] = (byte) SYNTAX.charAt(edit[2] % SYNTAX.length());
                }
            }
            case 3 -> out = java.util.Arrays.copyOf(in, at);   // cut the end
            default -> {     // repeat the start
                out = new byte[in.length + at];
                System.arraycopy(in, 0, out, 0, in.length);
                System.arraycopy(in, 0, out, in.length, at);
            }
        }
        return out;
    }

    private static void assertReadsOrRejects(BundleFixture fixture) throws IOException {
        Path dir = Files.createTempDirectory("parindex-fuzz");
        try {
            readOrReject(fixture.writeTo(dir));
        } finally {
            delete(dir);
        }
    }

    private static void readOrReject(Path path) {
        try {
            BundleReader.read(path);
        } catch (BadInputException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
