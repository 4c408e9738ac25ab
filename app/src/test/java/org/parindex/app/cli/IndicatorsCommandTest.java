package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parindex indicators`, and `check` and `score` using a bundle's indicator file and survey. */
class IndicatorsCommandTest {

    @TempDir
    Path tmp;

    Path demo;

    @BeforeEach
    void writeDemo() {
        demo = tmp.resolve("hai-lang");
        assertThat(Cli.run("demo", demo.toString()).status()).isZero();
    }

    @Test
    void printsWhatEachFedItemGetsAndWhereItCameFrom() {
        Cli cli = Cli.run("indicators", demo.toString(), "--period", "2023-H1", "--unit", "hai-truong");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).startsWith("unit,node,source,value,date,from\r\n")
                .contains("hai-truong,7.3.1,indicator:online-dossier-rate,4.8,2023-06-30,Cổng dịch vụ công quốc gia\r\n")
                .contains("hai-truong,6.1.3,indicator:disbursement-rate,41.2,2023-06-30,Kho bạc Nhà nước huyện\r\n")
                .contains("hai-truong,8.1.1,survey:sipas-access,92.5,,\"survey, 200 responses\"\r\n")
                .contains("unit,respondents,satisfaction,low,high,flag\r\nhai-truong,200,");
        assertThat(cli.out().lines().filter(l -> l.startsWith("hai-truong,")).count()).isEqualTo(11);
    }

    @Test
    void anEarlierAsOfDateTakesTheLatestValueOnOrBeforeIt() {
        Cli cli = Cli.run("indicators", demo.toString(), "-p", "2023-H1", "-u", "hai-truong", "--as-of", "2023-03-31");

        assertThat(cli.out()).contains("hai-truong,7.3.1,indicator:online-dossier-rate,")
                .contains(",2023-03-31,Cổng dịch vụ công quốc gia");
        assertThat(Cli.run("indicators", demo.toString(), "-p", "2023-H1", "--as-of", "soon").err())
                .contains("--as-of: \"soon\" is not a date");
    }

    @Test
    void checkSummarisesTheFeedsAndScoreUsesANewIndicatorValue() throws IOException {
        Cli check = Cli.run("check", demo.toString());
        assertThat(check.out()).contains("indicators/2023-H1.csv: 2080 observations")
                .contains("surveys/2023-H1.yaml: 3200 responses from 16 units");

        Path file = demo.resolve("indicators/2023-H1.csv");
        Files.writeString(file, Files.readString(file) + "hai-truong,online-dossier-rate,2023-06-30,50,Cổng DVC,,\r\n");
        Cli dup = Cli.run("check", demo.toString());
        assertThat(dup.status()).isEqualTo(2);
        assertThat(dup.err()).contains("indicators/2023-H1.csv:2082: unit hai-truong, indicator online-dossier-rate, "
                + "date 2023-06-30 has value 50 here and 4.8 on line");

        Files.writeString(file, Files.readString(file).replace("hai-truong,online-dossier-rate,2023-06-30,50,Cổng DVC,,\r\n",
                "hai-truong,online-dossier-rate,2023-06-29,50,Cổng DVC,,\r\n")
                .replace("hai-truong,online-dossier-rate,2023-06-30,4.8,Cổng dịch vụ công quốc gia,24,500\r\n", ""));
        Cli score = Cli.run("score", demo.toString(), "--period", "2023-H1", "--format", "csv");
        String row = Arrays.stream(score.out().split("\r\n")).filter(l -> l.contains(",hai-truong,")).findFirst()
                .orElseThrow();
        assertThat(row).startsWith("6,hai-truong,Xã Hải Trường,76.16,100.00,76.16,kha,");   // +2.26 on 7.3.1, still 6th
    }
}
