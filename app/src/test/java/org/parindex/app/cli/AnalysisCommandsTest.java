package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain, targets, whatif and forecast on the demo: Hải Trường 2023-H1, figures checked by hand. */
class AnalysisCommandsTest {

    @TempDir
    static Path tmp;

    static Path demo;

    @BeforeAll
    static void writeDemo() {
        demo = tmp.resolve("hai-lang");
        assertThat(Cli.run("demo", demo.toString()).status()).isZero();
    }

    private static Cli run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = demo.toString();
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return Cli.run(all);
    }

    private static JsonNode json(Cli cli) throws Exception {
        assertThat(cli.err()).isEmpty();
        assertThat(cli.status()).isZero();
        return new ObjectMapper().readTree(cli.out());
    }

    @Test
    void explainSplitsTheFallFrom86_45To73_90ByFieldAndNamesWhoPassed() {
        Cli cli = run("explain", "-p", "2023-H1", "-u", "hai-truong");

        assertThat(cli.status()).isZero();
        assertThat(cli.out())
                .contains("Xã Hải Trường — 6 tháng đầu năm 2023 so với Năm 2022")
                .contains("Chỉ số: 86,45% → 73,90% (−12,55 điểm phần trăm)")
                .contains("Thứ hạng: 4/16 → 6/16 (giảm 2 bậc)")
                .containsPattern("7 +Xây dựng và phát triển chính quyền điện tử, chính quyền số +9,15 +4,96 +−4,19")
                .containsPattern("6 +Cải cách tài chính công +4,00 +1,50 +−2,50")
                .containsPattern("Cộng +86,45 +73,90 +−12,55")
                .contains("- Xã Hải Chánh: 5 → 4, chỉ số −2,75; đóng góp lớn nhất: lĩnh vực 7 +1,85, lĩnh vực 5 +0,25")
                .contains("- Xã Hải Phú: 6 → 5, chỉ số −2,25; đóng góp lớn nhất: lĩnh vực 7 +0,98, lĩnh vực 4 +0,25");
    }

    @Test
    void theReportGivesTheSameContributionsAndTheLineageFollowingChange() {
        Cli cli = run("report", "-p", "2023-H1", "-u", "hai-truong");

        assertThat(cli.out())
                .contains("So với năm 2022, chỉ số giảm 12,55 điểm phần trăm, thứ hạng giảm 2 bậc (từ thứ 4 xuống thứ 6).")
                .contains("Đóng góp của từng lĩnh vực vào mức thay đổi −12,55 điểm phần trăm so với năm 2022:\n"
                        + "- Lĩnh vực 7. Xây dựng và phát triển chính quyền điện tử, chính quyền số: −4,19\n"
                        + "- Lĩnh vực 6. Cải cách tài chính công: −2,50\n");
        Cli merged = run("report", "-p", "2020", "-u", "dien-sanh", "--lang", "en");
        // The predecessors' mean 82.875 is shown as 82.88, so the change shown is 89.20 − 82.88 = +6.32.
        assertThat(merged.out()).contains("Compared with Năm 2019 (before the merger: Thị trấn Hải Lăng, Xã Hải Thọ), the index changed by "
                        + "+6.32 percentage points")
                .contains("Each field's contribution to the change of +6.32 percentage points since Năm 2019:");
        assertThat(run("report", "-p", "2023-H1", "-u", "hai-chanh").out()).contains("So với năm 2022, chỉ số giảm "
                + "2,75 điểm phần trăm nhưng thứ hạng tăng 1 bậc (từ thứ 5 lên thứ 4).");
    }

    @Test
    void explainAsJsonAddsUpExactly() throws Exception {
        JsonNode o = json(run("explain", "-p", "2023-H1", "-u", "hai-truong", "--format", "json"));

        assertThat(o.get("previous").asText()).isEqualTo("2022");
        assertThat(o.get("rankGain").asInt()).isEqualTo(-2);
        assertThat(o.get("indexDelta").decimalValue()).isEqualByComparingTo("-12.55");
        java.math.BigDecimal sum = o.get("held").decimalValue();
        for (JsonNode c : o.get("contributions")) {
            sum = sum.add(c.get("value").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("-12.55");
        assertThat(o.get("passedBy")).extracting(n -> n.get("unit").asText()).containsExactly("hai-chanh", "hai-phu");
    }

    @Test
    void explainInEnglish() {
        Cli cli = run("explain", "-p", "2023-H1", "-u", "hai-truong", "--lang", "en");

        assertThat(cli.out()).contains("Index: 86.45% → 73.90% (−12.55 points)").contains("Rank: 4/16 → 6/16 (down 2)");
    }

    @Test
    void targetsGivesTheGapsToTotAndToFifthAndWhereThePointsAre() {
        Cli cli = run("targets", "-p", "2023-H1", "-u", "hai-truong");

        assertThat(cli.status()).isZero();
        assertThat(cli.out())
                .contains("Xã Hải Trường — 6 tháng đầu năm 2023: 73,90%, Khá, thứ 6/16")
                .contains("Lên xếp loại Tốt (từ 80,00%): còn thiếu 6,10 điểm phần trăm (6,1 điểm)")
                .contains("Lên thứ 5 (bằng Xã Hải Phú, 80,15%): còn thiếu 6,25 điểm phần trăm (6,25 điểm)")
                .containsPattern("7.3.1 +4,8% +0,24 +2,5 +2,26 +\\+2,26 +tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến từ 50% trở lên")
                .containsPattern("6.3.1 +không +0 +1 +1 +\\+1,00 +có")
                .containsPattern("1.2.1 +Đầy đủ nhưng có báo cáo trễ hạn +0,5 +1 +0,5 +\\+0,50 +mức “Đầy đủ, đúng hạn”");
        String room = cli.out().substring(cli.out().indexOf("nhiều nhất trước"));
        assertThat(room.indexOf("7.3.1")).isLessThan(room.indexOf("7.2.2"));
    }

    @Test
    void targetsAsJsonAtTheTopHasNoNextBandNorRank() throws Exception {
        JsonNode o = json(run("targets", "-p", "2023-H1", "-u", "hai-duong", "--format", "json"));

        assertThat(o.get("rank").asInt()).isEqualTo(1);
        assertThat(o.get("nextBand").isNull()).isTrue();
        assertThat(o.get("nextRank").isNull()).isTrue();
        JsonNode t = json(run("targets", "-p", "2023-H1", "-u", "hai-truong", "-f", "json"));
        assertThat(t.get("nextBand").get("gap").decimalValue()).isEqualByComparingTo("6.10");
        assertThat(t.get("nextRank").get("points").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(t.get("room").get(0).get("fullValue").asText()).isEqualTo("50");
    }

    @Test
    void whatifWithHalfTheDossiersOnline() {
        Cli cli = run("whatif", "-p", "2023-H1", "-u", "hai-truong", "--set", "7.3.1=50", "--set", "7.2.2=80");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).containsPattern("Chỉ số +73,90% +77,79% +\\+3,89")
                .containsPattern("Thứ hạng +6/16 +6/16 +0").containsPattern("Lĩnh vực 7 +38,15% +68,08% +\\+29,93");
    }

    @Test
    void whatifWithTheFourLargestRatesReachesTotAndFifth() throws Exception {
        // 73.90 + 2.26 (7.3.1 at 50) + 1.63 (7.2.2 at 80) + 1.5 (6.1.3 at 95) + 1 (6.3.1 yes) = 80.29:
        // Tốt, above Hải Phú's 80.15 and below Hải Chánh's 83.20.
        JsonNode o = json(run("whatif", "-p", "2023-H1", "-u", "hai-truong", "-f", "json", "-s", "7.3.1=50",
                "-s", "7.2.2=80", "-s", "6.1.3=95", "-s", "6.3.1=yes"));

        assertThat(o.get("whatIf").get("index").decimalValue()).isEqualByComparingTo("80.29");
        assertThat(o.get("whatIf").get("band").asText()).isEqualTo("tot");
        assertThat(o.get("whatIf").get("rank").asInt()).isEqualTo(5);
        assertThat(o.get("rankGain").asInt()).isEqualTo(1);
        assertThat(o.get("actual").get("rank").asInt()).isEqualTo(6);
    }

    @Test
    void forecastReadsTheIndicatorFileAndWarns() throws Exception {
        Path indicators = tmp.resolve("indicators.csv");
        Files.writeString(indicators, """
                unit,indicator,date,value,source,numerator,denominator
                hai-truong,online-dossier-rate,2023-03-31,20,Cổng DVC,100,500
                hai-truong,online-dossier-rate,2023-06-30,50,Cổng DVC,,
                """);
        Cli cli = run("forecast", "-p", "2023-H1", "--indicators", indicators.toString(), "--as-of", "2023-04-30");

        assertThat(cli.status()).isZero();
        String[] lines = cli.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("rank,unit,name,index,low,high,band,lastBand,unknown,warnings");
        String row = Arrays.stream(lines).filter(l -> l.contains(",hai-truong,")).findFirst().orElseThrow();
        // 20 % online earns 1 of 2.5 instead of 0.24: 73.90 + 0.76.
        assertThat(row).startsWith("6,hai-truong,Xã Hải Trường,74.66,74.66,74.66,kha,tot,0,"
                + "band:tot>kha;7.2.2:14.8<80(-1.63);6.1.3:41.2<95(-1.5);7.3.1:20<50(-1.5);");
        Cli leaves = run("forecast", "-p", "2023-H1", "--indicators", indicators.toString(), "--as-of", "2023-04-30",
                "--unit", "hai-truong");
        assertThat(leaves.out()).startsWith("node,name,origin,value,points,max\r\n")
                .contains("\r\n7.3.1,Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến,indicator,20,1.00,2.50\r\n")
                .contains("\r\n1.1.3,\"Tổ chức kiểm tra, đôn đốc việc thực hiện kế hoạch CCHC\",row,no,0.00,0.50\r\n");
        Cli later = run("forecast", "-p", "2023-H1", "--indicators", indicators.toString(), "-f", "json");
        JsonNode all = new ObjectMapper().readTree(later.out());
        JsonNode truong = null;
        for (JsonNode u : all) {
            if (u.get("unit").asText().equals("hai-truong")) {
                truong = u;
            }
        }
        assertThat(truong.get("index").decimalValue()).isEqualByComparingTo("76.16");
    }

    @Test
    void forecastOfAPeriodWithoutRowsIsFedByTheLastPeriodAndBoundsTheUnknown() throws Exception {
        Path bundle = tmp.resolve("open");
        assertThat(Cli.run("demo", bundle.toString()).status()).isZero();
        Files.writeString(bundle.resolve("scores/2023-H1.csv"), "unit,node,value,note\nhai-truong,1.1.1,yes,\n");
        Files.delete(bundle.resolve("indicators/2023-H1.csv"));   // the demo's weekly series would feed 7.x, 3.2.1, 6.1.3
        Cli cli = Cli.run("forecast", bundle.toString(), "-p", "2023-H1", "-f", "json");

        JsonNode all = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(all).hasSize(16);
        JsonNode truong = null;
        for (JsonNode u : all) {
            if (u.get("unit").asText().equals("hai-truong")) {
                truong = u;
            }
        }
        // 2022 gave only field totals, so no 2023 item has a previous value; only 1.1.1 (yes, 0.5 of 100) is known.
        assertThat(truong.get("index").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(truong.get("low").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(truong.get("high").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(truong.get("unknown").asInt()).isGreaterThan(60);
        assertThat(truong.get("warnings").get(0).get("kind").asText()).isEqualTo("band");
    }

    @Test
    void badInputIsExit2WithAClearMessageAndNoStackTrace() throws Exception {
        assertBad(run("explain", "-p", "2019", "-u", "hai-truong"),
                "--period: no period before 2019 has a result for hai-truong or the units merged into it");
        assertBad(run("explain", "-p", "2023-H1", "-u", "hai-xyz"),
                "--unit: unit \"hai-xyz\" has no result in period 2023-H1 (no such unit in units.csv)");
        assertBad(run("targets", "-p", "2030", "-u", "hai-truong"), "bundle.yaml: no period \"2030\"");
        assertBad(run("whatif", "-p", "2023-H1", "-u", "hai-truong", "--set", "7.3.1=many"),
                "--set: node 7.3.1: \"many\" is not a number");
        assertBad(run("whatif", "-p", "2023-H1", "-u", "hai-truong", "--set", "1.2.1=som"),
                "--set: node 1.2.1: unknown option \"som\"");
        assertBad(run("whatif", "-p", "2023-H1", "-u", "hai-truong", "--set", "7.9.9=1"),
                "--set: unknown node \"7.9.9\"");
        assertBad(run("whatif", "-p", "2023-H1", "-u", "hai-truong", "--set", "1.1.1=NA"),
                "--set: node 1.1.1 does not allow NA");
        Path indicators = tmp.resolve("bad-indicators.csv");
        Files.writeString(indicators, """
                unit,indicator,date,value,source
                hai-truong,online-dossier-rate,2024-01-01,20,Cổng DVC
                hai-truong,no-such-rate,2023-03-01,20,Cổng DVC
                hai-truong,online-dossier-rate,2023-03-01,120,Cổng DVC
                """);
        Cli cli = run("forecast", "-p", "2023-H1", "--indicators", indicators.toString());
        assertBad(cli, indicators + ":2: date 2024-01-01 is outside period 2023-H1");
        assertThat(cli.err()).contains(":3: unknown indicator \"no-such-rate\"")
                .contains(":4: rate 120 of indicator online-dossier-rate outside 0..100").contains("3 problems");
    }

    private static void assertBad(Cli cli, String message) {
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.out()).isEmpty();
    }
}
