package org.parindex.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.ScoreRows;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;

/**
 * The byte reader of scores files reads exactly what the reference reader ({@link ScoresCsv#parse}) reads, rows and
 * lines, on random well-formed files (quoting, line breaks of every kind, padding, empty lines, a byte-order mark,
 * any order of columns), and on damaged files gives exactly its problems.
 */
class ScoresReaderTest {

    private static final String[] NOTES = {"", "ghi chú", "a, b", "nói \"có\"", "hai\ndòng", "x\r\ny", " đệm ",
            "Hải Trường", "NA"};
    private static final String[] VALUES = {"1", "0.25", "2.5", "yes", "no", "NA", " 3 ", "có", "12,5", "Đạt"};

    @TempDir
    Path dir;

    @Test
    void readsWhatTheReferenceReaderReadsOnRandomWellFormedFiles() throws IOException {
        Random random = new Random(13);
        for (int round = 0; round < 400; round++) {
            String text = wellFormed(random);
            Problems problems = new Problems();
            List<ScoreRow> fast = read(text, random.nextBoolean(), problems);
            Problems expected = new Problems();
            List<ScoreRow> reference = ScoresCsv.parse(text, "s.csv", expected);
            assertThat(problems.list()).as(text).isEqualTo(expected.list()).isEmpty();
            assertThat(fast).as(text).isInstanceOf(ScoreRows.class).isEqualTo(reference);
        }
    }

    @Test
    void aDamagedFileGetsTheReferenceReadersProblems() throws IOException {
        Random random = new Random(7);
        String[] damages = {"u1,1.1,\"open\n", "u1,1.1\n", "u1,1.1,2,n,extra\n", "u1,1.1,\"a\"b,n\n", "u1,1.1,,n\n",
            "u1,1.1,1,n,later\n", "   \n", "u\"1,1.1,1,n\n"};
        for (int round = 0; round < 200; round++) {
            String text = wellFormed(random, List.of("unit", "node", "value", "note"), "\n");
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            lines.add(1 + random.nextInt(lines.size()), damages[random.nextInt(damages.length)].stripTrailing());
            String damaged = String.join("\n", lines);
            Problems problems = new Problems();
            List<ScoreRow> fast = read(damaged, false, problems);
            Problems expected = new Problems();
            List<ScoreRow> reference = ScoresCsv.parse(damaged, "s.csv", expected);
            assertThat(problems.list()).as(damaged).isEqualTo(expected.list());
            assertThat(fast).isEqualTo(reference);
        }
    }

    @Test
    void badUtf8AnUnknownStageAndAWrongHeaderAreReportedAsBefore() throws IOException {
        byte[] bad = "unit,node,value\nu1,1.1,1\nu2,1.2,\u00e9\n".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 2] = (byte) 0xff;
        Path file = dir.resolve("bad.csv");
        Files.write(file, bad);
        Problems problems = new Problems();
        assertThat(ScoresReader.read(file, "bad.csv", problems, Limits.CSV_BYTES, new long[1])).isEmpty();
        assertThat(problems.list()).extracting(Problem::toString)
                .containsExactly("bad.csv:3: not valid UTF-8 (byte 33); save the file as UTF-8");
        assertThat(problemsOf("unit,node,value,stage\nu1,1.1,1,self\nu1,1.1,1,later\n"))
                .containsExactly("s.csv:3: unknown stage \"later\", expected self, appraisal1 or final");
        assertThat(problemsOf("unit,node,value,comment\nu1,1.1,1,x\n"))
                .containsExactly("s.csv:1: unknown column `comment`; allowed: unit,node,value,note,stage,evidence");
        assertThat(problemsOf("unit,value\nu1,1\n"))
                .containsExactly("s.csv:1: missing column `node` (header must start with unit,node,value)");
    }

    @Test
    void aFileOverItsByteLimitIsRefusedWithoutReadingOn() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, "unit,node,value\n" + "u1,1.1,1\n".repeat(20_000));
        Problems problems = new Problems();
        assertThat(ScoresReader.read(file, "big.csv", problems, 100_000, new long[1])).isEmpty();
        assertThat(problems.list()).extracting(Problem::toString)
                .containsExactly("big.csv: larger than the limit of 97 KB for this file");
    }

    private List<String> problemsOf(String text) throws IOException {
        Problems problems = new Problems();
        read(text, false, problems);
        return problems.list().stream().map(Problem::toString).toList();
    }

    private List<ScoreRow> read(String text, boolean bom, Problems problems) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, (bom ? "\uFEFF" : "") + text, StandardCharsets.UTF_8);
        return ScoresReader.read(file, "s.csv", problems, Limits.CSV_BYTES, new long[1]);
    }

    /** A random well-formed scores file: a header of the required and some optional columns in any order. */
    private static String wellFormed(Random random) {
        List<String> columns = new ArrayList<>(List.of("unit", "node", "value"));
        for (String optional : ScoresCsv.OPTIONAL) {
            if (random.nextBoolean()) {
                columns.add(optional);
            }
        }
        Collections.shuffle(columns, random);
        String[] breaks = {"\n", "\r\n", "\r"};
        return wellFormed(random, columns, breaks[random.nextInt(breaks.length)]);
    }

    private static String wellFormed(Random random, List<String> columns, String eol) {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append(eol);
        int rows = random.nextInt(40);
        for (int r = 0; r < rows; r++) {
            if (random.nextInt(10) == 0) {
                out.append(eol);   // an empty line
            }
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(switch (c) {
                    case "unit" -> pad(random, "u" + random.nextInt(6));
                    case "node" -> pad(random, "1." + random.nextInt(5));
                    case "value" -> VALUES[random.nextInt(VALUES.length)];
                    case "stage" -> new String[] {"", "self", "appraisal1", "final", " final"}[random.nextInt(5)];
                    default -> NOTES[random.nextInt(NOTES.length)];
                });
            }
            out.append(String.join(",", cells.stream().map(v -> quote(random, v)).toList()));
            if (r < rows - 1 || random.nextBoolean()) {
                out.append(eol);
            }
        }
        return out.toString();
    }

    private static String pad(Random random, String s) {
        return random.nextInt(8) == 0 ? " " + s + "\t" : s;
    }

    private static String quote(Random random, String v) {
        boolean must = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return must || random.nextInt(5) == 0 ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
