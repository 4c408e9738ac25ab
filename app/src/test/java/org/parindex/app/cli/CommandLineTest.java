package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void checkAcceptsAValidBundleAndSummarisesIt() throws Exception {
        Cli cli = Cli.run("check", small().toString());

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("valid (3 units, 2 periods)").contains("2023-H1");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void scoreWritesTheCsvOfFormatsMd() throws Exception {
        Cli cli = Cli.run("score", small().toString(), "--period", "2023-H1", "--format", "csv");

        assertThat(cli.status()).isZero();
        assertThat(cli.out().split("\r\n")).containsExactly(
                "rank,unit,name,points,maximum,index,band,1,7",
                "1,b,Xã Bình,5.00,5.00,100.00,xuat-sac,100.00,100.00",
                "2,c,Thị trấn C,2.00,3.00,66.67,yeu,66.67,",
                "3,a,Xã A,2.00,5.00,40.00,yeu,66.67,0.00");
    }

    @Test
    void scoreWritesJsonWithTheKeysOfFormatsMd() throws Exception {
        Cli cli = Cli.run("score", small().toString(), "-p", "2023-H1", "-f", "json");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("\"rank\" : 3", "\"unit\" : \"a\"", "\"index\" : 40.00", "\"band\" : \"yeu\"",
                "\"points\" : 2.00", "\"maximum\" : 5.00", "\"7\" : 0.00", "\"7\" : null");
    }

    @Test
    void scoreTableIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        Cli vi = Cli.run("score", small().toString(), "-p", "2023-H1");
        Cli en = Cli.run("score", small().toString(), "-p", "2023-H1", "--lang", "en");

        assertThat(vi.out()).contains("Hạng", "Xếp loại", "66,67%");
        assertThat(en.out()).contains("Rank", "Band", "66.67%");
    }

    @Test
    void reportExplainsTheFallFromThePreviousPeriod() throws Exception {
        Cli cli = Cli.run("report", small().toString(), "-p", "2023-H1", "-u", "a");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("Xã A đạt 40,00%, xếp loại Yếu, đứng thứ 3 trong tổng số 3 xã, thị trấn.")
                .contains("- Năm 2022: thứ 1/3 (100,00%)")
                .contains("thứ hạng giảm 2 bậc (từ thứ 1 xuống thứ 3)")
                .contains("7.1 Tỷ lệ hồ sơ trực tuyến: 12,5% (điểm tối đa khi đạt 50% trở lên)");
    }

    @Test
    void unknownPeriodOrUnitIsBadInput() throws Exception {
        Cli period = Cli.run("score", small().toString(), "-p", "2099");
        Cli unit = Cli.run("report", small().toString(), "-p", "2023-H1", "-u", "nowhere");

        assertThat(period.status()).isEqualTo(2);
        assertThat(period.err()).contains("bundle.yaml: no period \"2099\"; the bundle has 2022, 2023-H1");
        assertThat(unit.status()).isEqualTo(2);
        assertThat(unit.err()).contains("unit \"nowhere\" has no result in period 2023-H1 (no such unit in units.csv)");
    }

    @Test
    void everyProblemIsListedWithFileAndLine() throws Exception {
        Path bundle = copyOfSmall();
        Files.writeString(bundle.resolve("scores/2023-H1.csv"), "unit,node,value,note\n"
                + "a,1.1,maybe,\n" + "zz,1.1,yes,\n" + "a,9.9,1,\n");

        Cli cli = Cli.run("check", bundle.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("scores/2023-H1.csv:2: node 1.1: \"maybe\" is not yes or no")
                .contains("scores/2023-H1.csv:3: unknown unit \"zz\"")
                .contains("scores/2023-H1.csv:4: unknown node \"9.9\"")
                .contains("3 problems; nothing was written.");
    }

    @Test
    void checkReadsThePlansFilesAndListsTheirProblems() throws Exception {
        Path bundle = copyOfSmall();
        Files.createDirectories(bundle.resolve("plans"));
        Files.writeString(bundle.resolve("plans/2023-H1.csv"), "unit,action,title,nodes,owner,due,status,note_date,note\n"
                + "a,1,Hồ sơ trực tuyến,1.1,Một cửa,2023-12-31,planned,,\n");
        Cli good = Cli.run("check", bundle.toString());
        assertThat(good.status()).isZero();
        assertThat(good.out()).contains("plans/2023-H1.csv: 1 actions");

        Files.writeString(bundle.resolve("plans/2023-H1.csv"), "unit,action,title,nodes,owner,due,status,note_date,note\n"
                + "a,1,Hồ sơ trực tuyến,9.9,Một cửa,2023-12-31,soon,,\n");
        Cli bad = Cli.run("check", bundle.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("plans/2023-H1.csv:2: nodes: \"9.9\" is not a node of the period's framework")
                .contains("plans/2023-H1.csv:2: status \"soon\" must be planned, in-progress, done or dropped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundle.yaml", "units.csv", "frameworks/f.yaml", "scores/2022.csv"})
    void whateverBytesAFileHoldsTheAnswerIsBadInputNeverAStackTrace(String file) throws Exception {
        Random random = new Random(file.hashCode());
        for (int round = 0; round < 20; round++) {
            Path bundle = copyOfSmall();
            byte[] garbage = new byte[random.nextInt(400)];
            random.nextBytes(garbage);
            Files.write(bundle.resolve(file), garbage);

            String b = bundle.toString();
            for (Cli cli : new Cli[] {Cli.run("check", b), Cli.run("score", b, "-p", "2023-H1"),
                    Cli.run("report", b, "-p", "2023-H1", "-u", "a")}) {
                assertThat(cli.status()).as("on garbage " + file + ": " + cli.err()).isEqualTo(2);
                assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ").contains(file);
            }
        }
    }

    @Test
    void aMissingBundleIsBadInput() {
        Cli cli = Cli.run("check", tmp.resolve("nothing-here").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("no such folder or file");
    }

    @Test
    void helpListsEveryCommand() {
        Cli cli = Cli.run("--help");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("serve", "demo", "check", "score", "report", "Exit status");
    }

    static Path small() throws URISyntaxException {
        return Path.of(CommandLineTest.class.getResource("/cli/small/bundle.yaml").toURI()).getParent();
    }

    private Path copyOfSmall() throws IOException, URISyntaxException {
        Path target = Files.createTempDirectory(tmp, "bundle");
        Path source = small();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
