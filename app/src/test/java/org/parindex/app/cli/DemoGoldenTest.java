package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source page, reproduced from the demo bundle through the command line a citizen would use. */
class DemoGoldenTest {

    @TempDir
    Path tmp;

    Path demo;

    @BeforeEach
    void writeDemo() {
        demo = tmp.resolve("hai-lang");
        Cli cli = Cli.run("demo", demo.toString());
        assertThat(cli.status()).isZero();
    }

    @Test
    void theDemoBundleIsValid() {
        Cli cli = Cli.run("check", demo.toString());

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("valid (24 units, 5 periods)");
    }

    @Test
    void haiTruongIsSixthOfSixteenWithTheSourcesFieldPercentages() {
        Cli cli = Cli.run("score", demo.toString(), "--period", "2023-H1", "--format", "csv");

        String[] lines = cli.out().split("\r\n");
        assertThat(lines).hasSize(17);
        assertThat(lines[0]).isEqualTo("rank,unit,name,points,maximum,index,band,1,2,3,4,5,6,7,8,B,D");
        String row = Arrays.stream(lines).filter(l -> l.contains(",hai-truong,")).findFirst().orElseThrow();
        assertThat(row).startsWith("6,hai-truong,Xã Hải Trường,73.90,100.00,73.90,kha,"
                + "53.57,45.83,81.05,100.00,75.00,30.00,38.15,");
    }

    @Test
    void theReportSaysEveryFigureOfTheSourcePage() {
        Cli cli = Cli.run("report", demo.toString(), "--period", "2023-H1", "--unit", "hai-truong");

        assertThat(cli.status()).isZero();
        assertThat(cli.out())
                .contains("DỮ LIỆU MINH HỌA")
                .contains("Ngày 03/8/2023, UBND huyện Hải Lăng đã công bố")
                .contains("Xã Hải Trường đạt 73,90%, xếp loại Khá, đứng thứ 6 trong tổng số 16 xã, thị trấn.")
                .contains("Lĩnh vực 1. Công tác chỉ đạo, điều hành cải cách hành chính: đạt 53,57%")
                .contains("Lĩnh vực 2. Cải cách thể chế: đạt 45,83%")
                .contains(": đạt 81,05%", ": đạt 100,00%", ": đạt 75,00%", ": đạt 30,00%", ": đạt 38,15%")
                .contains("- Năm 2020: thứ 2/16", "- Năm 2021: thứ 2/16", "- Năm 2022: thứ 4/16")
                .contains("thứ hạng giảm 2 bậc (từ thứ 4 xuống thứ 6)")
                .contains("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến: 4,8%")
                .contains("Tỷ lệ giải ngân vốn đầu tư công");
    }

    @Test
    void theReportInEnglish() {
        Cli cli = Cli.run("report", demo.toString(), "-p", "2023-H1", "-u", "hai-truong", "--lang", "en");

        assertThat(cli.out()).contains("DEMO DATA")
                .contains("On 3 August 2023, UBND huyện Hải Lăng announced")
                .contains("Xã Hải Trường scored 73.90%, classified Khá, ranking 6th out of 16 communes and towns.")
                .contains("- Năm 2022: 4th of 16");
    }

    @Test
    void demoRefusesAFolderThatIsNotEmpty() throws Exception {
        Cli cli = Cli.run("demo", demo.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("is not empty");
        assertThat(Files.exists(demo.resolve("bundle.yaml"))).isTrue();
    }
}
