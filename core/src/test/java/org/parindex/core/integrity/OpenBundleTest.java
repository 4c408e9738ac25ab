package org.parindex.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;

/** The open data of the demo's published periods: canonical, verified, and any one changed byte is named. */
class OpenBundleTest {

    @TempDir static Path tmp;
    static Path demo;

    @BeforeAll
    static void writeDemo() {
        demo = tmp.resolve("hai-lang");
        DemoBundle.write(demo);
    }

    @Test
    void theResultsAreTheScoreCsvAndTheBundleIsTheSameBytesEachTime() {
        OpenBundle a = OpenBundle.of(demo, "2023-H1");
        OpenBundle b = OpenBundle.of(demo, "2023-H1");
        assertThat(a.zip()).isEqualTo(b.zip());
        assertThat(a.zipSha256()).isEqualTo(Sha256.of(a.zip())).matches("[0-9a-f]{64}");
        String csv = new String(a.resultsCsv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("rank,unit,name,points,maximum,index,band,1,2,3,4,5,6,7,8,B,D\r\n");
        assertThat(csv).contains("6,hai-truong,Xã Hải Trường,73.90,100.00,73.90,kha,");
        assertThat(a.resultsSha256()).isEqualTo(Sha256.of(a.resultsCsv()));
    }

    @Test
    void everyPublishedPeriodOfTheDemoVerifiesAsZipAndAsFolder() throws IOException {
        for (String period : List.of("2019", "2020", "2021", "2022", "2023-H1")) {
            Path zip = write(OpenBundle.of(demo, period), period);
            BundleVerifier.Verification v = BundleVerifier.verify(zip);
            assertThat(v.problems()).as(period).isEmpty();
            assertThat(v.periods()).containsExactly(period);
            assertThat(v.files()).isGreaterThan(3);
            assertThat(BundleVerifier.verify(unzip(zip)).problems()).isEmpty();
        }
    }

    @Test
    void oneChangedByteInAnyEntryOfTheZipIsNamed() throws IOException {
        byte[] zip = OpenBundle.of(demo, "2023-H1").zip();
        Path original = tmp.resolve("original.zip");
        Files.write(original, zip);
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(original.toFile())) {
            Collections.list(file.entries()).forEach(e -> names.add(e.getName()));
        }
        assertThat(names).contains("MANIFEST.sha256", "bundle.yaml", "units.csv", "results/2023-H1.csv");
        for (String name : names) {
            byte[] changed = zip.clone();
            int at = dataMiddle(original, zip, name);
            changed[at] ^= 0x01;
            Path bad = tmp.resolve("changed.zip");
            Files.write(bad, changed);
            assertThat(failures(bad)).as(name).anyMatch(p -> p.toString().contains(name));
        }
    }

    @Test
    void oneChangedByteInAFolderIsNamedAndAChangedResultIsFoundByRecomputing() throws IOException {
        Path folder = unzip(write(OpenBundle.of(demo, "2023-H1"), "folder"));
        Path scores = folder.resolve("scores/2023-H1.csv");
        byte[] original = Files.readAllBytes(scores);
        byte[] bytes = original.clone();
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(scores, bytes);
        assertThat(failures(folder)).extracting(Problem::file).contains("scores/2023-H1.csv");

        // someone changes a published figure and writes a new manifest: the recomputation still finds it
        Path results = folder.resolve("results/2023-H1.csv");
        Files.writeString(results, Files.readString(results).replace("73.90,100.00,73.90", "83.90,100.00,83.90"));
        Files.write(scores, original);
        Map<String, byte[]> files = BundleFiles.read(folder);
        Files.write(folder.resolve(Manifest.FILE), Manifest.of(files).bytes());
        List<Problem> problems = failures(folder);
        assertThat(problems).anyMatch(p -> p.file().equals("results/2023-H1.csv") && p.line() > 1
                && p.message().contains("83.90"));
    }

    @Test
    void aMissingManifestOrAnUnlistedFileIsAProblem() throws IOException {
        Path folder = unzip(write(OpenBundle.of(demo, "2022"), "unlisted"));
        Files.writeString(folder.resolve("extra.txt"), "x");
        assertThat(failures(folder)).anyMatch(p -> p.file().equals("extra.txt") && p.message().contains("not listed"));
        Files.delete(folder.resolve(Manifest.FILE));
        assertThat(failures(folder)).anyMatch(p -> p.file().equals(Manifest.FILE));
    }

    @Test
    void theManifestIsWhatSha256sumReads() {
        Manifest m = Manifest.of(Map.of("a.csv", "a".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(m.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.csv\n");
        Problems problems = new Problems();
        Manifest.parse("nonsense\n".getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "MANIFEST.sha256:1: not \"<sha-256>  <path>\": \"nonsense\"");
    }

    @Test
    void theChainOfPublicationsShowsAChangedOrMissingEntry() {
        Instant t = Instant.parse("2023-08-03T09:00:00.123Z");
        PublicationEntry a = PublicationEntry.next(null, "2022", "imported", t, "a".repeat(64), "b".repeat(64));
        PublicationEntry b = PublicationEntry.next(a, "2023-H1", "published", t, "c".repeat(64), "d".repeat(64));
        PublicationEntry c = PublicationEntry.next(b, "2023-H1", "republished", t, "e".repeat(64), "f".repeat(64));
        assertThat(a.previousHash()).isEqualTo(PublicationEntry.GENESIS);
        assertThat(b.previousHash()).isEqualTo(a.hash());
        assertThat(a.line()).isEqualTo("1|2022|imported|2023-08-03T09:00:00Z|" + "a".repeat(64) + "|" + "b".repeat(64)
                + "|" + PublicationEntry.GENESIS);
        assertThat(check(List.of(a, b, c))).isEmpty();

        PublicationEntry forged = new PublicationEntry(2, "2023-H1", "published", b.at(), "c".repeat(64),
                "0".repeat(64), a.hash(), b.hash());
        assertThat(check(List.of(a, forged, c))).containsExactly(
                "publication log:2: its hash is not the SHA-256 of its contents (the entry was changed)");
        assertThat(check(List.of(a, c))).containsExactly(
                "publication log:3: entry 3 where 2 was expected (an entry is missing)",
                "publication log:3: its previous hash is not the hash of the entry before it");
    }

    private static List<String> check(List<PublicationEntry> entries) {
        Problems problems = new Problems();
        PublicationEntry.check(entries, problems);
        return problems.list().stream().map(Problem::toString).toList();
    }

    private static List<Problem> failures(Path bundle) {
        BadInputException thrown = catchThrowableOfType(() -> {
            BundleVerifier.Verification v = BundleVerifier.verify(bundle);
            throw new BadInputException(v.problems().isEmpty()
                    ? List.of(new Problem("(none)", 0, "passed")) : v.problems());
        }, BadInputException.class);
        assertThat(thrown.problems()).noneMatch(p -> p.file().equals("(none)"));
        return thrown.problems();
    }

    private static Path write(OpenBundle open, String name) throws IOException {
        Path zip = tmp.resolve(name + ".zip");
        Files.write(zip, open.zip());
        return zip;
    }

    private static Path unzip(Path zip) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "unzipped");
        for (var e : BundleFiles.read(zip).entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        return dir;
    }

    /** The offset of the middle of an entry's stored data, from its local header. */
    private static int dataMiddle(Path path, byte[] zip, String name) throws IOException {
        long size;
        try (ZipFile file = new ZipFile(path.toFile())) {
            ZipEntry e = file.getEntry(name);
            size = e.getCompressedSize();
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                int n = u16(zip, i + 26), m = u16(zip, i + 28);
                if (n == wanted.length && java.util.Arrays.equals(zip, i + 30, i + 30 + n, wanted, 0, n)) {
                    return (int) (i + 30 + n + m + size / 2);
                }
            }
        }
        throw new AssertionError("no local header for " + name);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }
}
