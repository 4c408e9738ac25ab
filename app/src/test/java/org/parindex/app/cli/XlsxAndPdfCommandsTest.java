package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-xlsx, import-xlsx and pdf as a user runs them: round trips through workbooks, exit codes, nothing half-written. */
class XlsxAndPdfCommandsTest {

    @TempDir
    static Path tmp;
    static Path demo;

    @BeforeAll
    static void demo() {
        demo = tmp.resolve("hai-lang");
        assertThat(Cli.run("demo", demo.toString()).status()).isZero();
    }

    @Test
    void aFrameworkGoesToAWorkbookAndBackIntoABundleThatScoresTheSame() throws Exception {
        Path xlsx = tmp.resolve("framework.xlsx");
        Cli export = Cli.run("export-xlsx", demo.toString(), "-p", "2023-H1", "--what", "framework", "-o", xlsx.toString());
        assertThat(export.status()).as(export.err()).isZero();

        Path out = tmp.resolve("from-framework");
        Cli imported = Cli.run("import-xlsx", demo.toString(), xlsx.toString(), "-p", "2023-H1", "-o", out.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("passes check");
        assertThat(csv(out)).isEqualTo(csv(demo));

        Path again = tmp.resolve("framework-again.xlsx");
        assertThat(Cli.run("export-xlsx", out.toString(), "-p", "2023-H1", "-w", "framework", "-o", again.toString())
                .status()).isZero();
        assertThat(Files.readString(out.resolve(frameworkPath(out)))).isNotEmpty();
    }

    @Test
    void scoresGoToAWorkbookAndBackIntoABundleThatScoresTheSame() throws Exception {
        Path xlsx = tmp.resolve("scores.xlsx");
        assertThat(Cli.run("export-xlsx", demo.toString(), "-p", "2023-H1", "-o", xlsx.toString()).status()).isZero();
        Path out = tmp.resolve("from-scores");
        Cli imported = Cli.run("import-xlsx", demo.toString(), xlsx.toString(), "-p", "2023-H1", "-o", out.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(csv(out)).isEqualTo(csv(demo));
        assertThat(Files.readAllLines(out.resolve("scores/2023-H1.csv")))
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(demo.resolve("scores/2023-H1.csv")));
    }

    @Test
    void aBrokenWorkbookExitsTwoListingEveryProblemAndWritesNothing() throws Exception {
        Path xlsx = tmp.resolve("broken.xlsx");
        assertThat(Cli.run("export-xlsx", demo.toString(), "-p", "2023-H1", "-o", xlsx.toString()).status()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var sheet = wb.getSheet("Kết quả thẩm định");
            sheet.getRow(3).getCell(2, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("nhiều");
            sheet.getRow(5).getCell(0).setCellValue("khong-co");
            wb.write(bytes);
            Files.write(xlsx, bytes.toByteArray());
        }
        Path out = tmp.resolve("refused");
        Cli cli = Cli.run("import-xlsx", demo.toString(), xlsx.toString(), "-p", "2023-H1", "-o", out.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("Kết quả thẩm định!C4: node ").contains("Kết quả thẩm định!A6: no unit \"khong-co\"")
                .contains("2 problems; nothing was written.").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".parindex"));
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithExitTwo() throws Exception {
        Path fake = tmp.resolve("fake.xlsx");
        Files.writeString(fake, "unit,node,value\n");
        Cli cli = Cli.run("import-xlsx", demo.toString(), fake.toString(), "-p", "2023-H1", "-o",
                tmp.resolve("never").toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).startsWith("fake.xlsx: not an .xlsx workbook");
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    @Test
    void theAppendixFooterQuotesTheSha256OfTheScoreCsv() throws Exception {
        Path pdf = tmp.resolve("appendix.pdf");
        Cli cli = Cli.run("pdf", demo.toString(), "--period", "2023-H1", "-o", pdf.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv(demo).getBytes(StandardCharsets.UTF_8)));
        assertThat(pdftotext(pdf)).contains("SHA-256 của kết quả (CSV): " + sha).contains("Xã Hải Trường");
    }

    @Test
    void aUnitsReportAndItsRefusals() throws Exception {
        Path pdf = tmp.resolve("hai-truong.pdf");
        assertThat(Cli.run("pdf", demo.toString(), "-p", "2023-H1", "-u", "hai-truong", "-o", pdf.toString()).status())
                .isZero();
        assertThat(pdftotext(pdf).replaceAll("\\s+", " ")).contains("Xã Hải Trường đạt 73,90%, xếp loại Khá");

        Cli unknown = Cli.run("pdf", demo.toString(), "-p", "2023-H1", "-u", "hai-khong", "-o",
                tmp.resolve("x.pdf").toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--unit: unit \"hai-khong\" has no result in period 2023-H1");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
        Cli period = Cli.run("pdf", demo.toString(), "-p", "2099", "-o", tmp.resolve("y.pdf").toString());
        assertThat(period.status()).isEqualTo(2);
        assertThat(period.err()).contains("no period \"2099\"");
    }

    @Test
    void theHelpDescribesEachCommand() {
        assertThat(Cli.run("help", "export-xlsx").out()).contains("framework, scores, ranking or unit").contains("KPS");
        assertThat(Cli.run("help", "import-xlsx").out()).contains("Sheet!Cell: message");
        assertThat(Cli.run("help", "pdf").out()).contains("Phụ lục: bảng xếp hạng").contains("SHA-256");
        assertThat(Cli.run("--help").out()).contains("export-xlsx").contains("import-xlsx").contains("pdf");
    }

    private static String csv(Path bundle) {
        Cli cli = Cli.run("score", bundle.toString(), "-p", "2023-H1", "-f", "csv");
        assertThat(cli.status()).as(cli.err()).isZero();
        return cli.out();
    }

    private static String frameworkPath(Path bundle) throws Exception {
        return Files.readAllLines(bundle.resolve("bundle.yaml")).stream().filter(l -> l.contains("framework:"))
                .reduce((a, b) -> b).orElseThrow().replaceAll(".*framework:\\s*", "").replace("\"", "").trim();
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}
