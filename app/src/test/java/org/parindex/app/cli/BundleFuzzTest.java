package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.demo.DemoBundle;
import org.springframework.util.FileSystemUtils;

/**
 * Mutants of the demo bundle through {@code check} and {@code score}: each ends with exit 0 or 2, never a stack trace,
 * and a score's numbers are sane (index 0..100, ranks 1..n). Seeded (-Dfuzz.seed), bounded in time (-Dfuzz.seconds).
 */
class BundleFuzzTest {

    private static final Pattern INDEX = Pattern.compile("\"index\":([^,}]+)");
    private static final Pattern RANK = Pattern.compile("\"rank\":([^,}]+)");
    private static final String[] NOISE = {"", "\n", "\"", ",", ":", "\u0000", "../", "NA", "-1", "1e309", "NaN",
        "99999999999999999999", "  ", "- ", "{", "[", "&a", "*a", "\uFEFF", "Ạ", "\r", "#", "yes", "0.5"};

    @TempDir
    Path dir;

    @Test
    void mutantsOfTheDemoBundleExitZeroOrTwoWithSaneNumbers() throws IOException {
        long seed = Long.getLong("fuzz.seed", 8L);
        long end = System.nanoTime() + Long.getLong("fuzz.seconds", 12L) * 1_000_000_000L;
        Random random = new Random(seed);
        Path original = dir.resolve("demo");
        DemoBundle.write(original);
        List<Path> files;
        try (var walk = Files.walk(original)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int runs = 0;
        while (System.nanoTime() < end) {
            Path mutant = dir.resolve("m" + runs);
            FileSystemUtils.copyRecursively(original, mutant);
            String what = mutate(mutant.resolve(original.relativize(files.get(random.nextInt(files.size())))), random);
            String context = "seed " + seed + ", run " + runs + ": " + what;
            Cli check = Cli.run("check", mutant.toString());
            assertSane(check, context + " (check)");
            Cli score = Cli.run("score", mutant.toString(), "--period", "2023-H1", "--format", "json");
            assertSane(score, context + " (score)");
            if (score.status() == 0) {
                assertSaneNumbers(score.out(), context);
            }
            FileSystemUtils.deleteRecursively(mutant);
            runs++;
        }
        assertThat(runs).isGreaterThan(10);
    }

    private static void assertSane(Cli run, String context) {
        assertThat(run.status()).as(context + "\n" + run.err()).isIn(0, 2);
        assertThat(run.err()).as(context).doesNotContain("Exception", "\tat ", "Error:");
    }

    private static void assertSaneNumbers(String json, String context) {
        Matcher index = INDEX.matcher(json);
        List<Integer> ranks = new ArrayList<>();
        while (index.find()) {
            double d = Double.parseDouble(index.group(1));
            assertThat(d).as(context).isBetween(0.0, 100.0);
        }
        Matcher rank = RANK.matcher(json);
        while (rank.find()) {
            ranks.add(Integer.parseInt(rank.group(1)));
        }
        assertThat(ranks).as(context).allMatch(r -> r >= 1 && r <= ranks.size()).isSorted();
    }

    /** One random change to one file: a line dropped, doubled or cut, noise put in, or the file cut short or gone. */
    private static String mutate(Path file, Random random) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String noise = NOISE[random.nextInt(NOISE.length)];
        String name = file.getFileName().toString();
        switch (random.nextInt(7)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                String line = lines.get(at);
                int i = line.isEmpty() ? 0 : random.nextInt(line.length());
                lines.set(at, line.substring(0, i) + noise + line.substring(i));
            }
            case 3 -> {
                String line = lines.get(at);
                lines.set(at, line.replaceAll("\\d+(\\.\\d+)?", noise.isEmpty() ? "7" : noise));
            }
            case 4 -> {
                Files.writeString(file, text.substring(0, random.nextInt(text.length() + 1)));
                return name + " cut short";
            }
            case 5 -> {
                Files.delete(file);
                return name + " removed";
            }
            default -> lines.set(at, lines.get(at).replace(':', random.nextBoolean() ? ',' : ';'));
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return name + " line " + (at + 1) + " changed with \"" + noise.replace("\u0000", "\\0") + "\"";
    }
}
