package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Documents as users get them: a click downloads the workbook or the PDF, and what is inside is right. Its own
 * application context (and database), since it stores a framework version the other browser tests do not expect.
 */
@TestPropertySource(properties = "parindex.test.context=documents-browser")
class DocumentsBrowserTest extends BrowserTest {

    private static final Path DOWNLOADS = Path.of("target", "browser-downloads");

    @Test
    void anOfficerDownloadsTheFrameworkTemplate() throws Exception {
        Visitor v = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        v.click("Bộ chỉ số");
        assertThat(v.page.locator("#framework-import")).hasCount(0);
        Path file = download(v, "#framework-template", "template.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("Bộ chỉ số").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Điểm tối đa");
            assertThat(wb.getSheet("Thông tin").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("parindex/framework-xlsx@1");
        }
    }

    @Test
    void aViewerDownloadsHaiTruongsReportAsPdf() throws Exception {
        Visitor v = visitor().logIn("viewer", "viewer-demo");
        v.open("/units/hai-truong?period=2023-H1");
        Path pdf = download(v, "#unit-pdf", "hai-truong.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdftotext(pdf).replaceAll("\\s+", " "))
                .contains("Xã Hải Trường đạt 73,90%, xếp loại Khá, đứng thứ 6 trong tổng số 16 xã, thị trấn");
        Screenshots.save(v.page, "unit-documents-desktop");
    }

    @Test
    void anAdminImportsAFrameworkWorkbookThroughPreviewAndConfirm() throws Exception {
        Visitor v = visitor().logIn("admin", "admin-demo");
        v.click("Bộ chỉ số");
        v.page.locator("#frameworks a").first().click();
        Path exported = download(v, "#framework-workbook", "exported.xlsx");
        Path renamed = DOWNLOADS.resolve("renamed.xlsx");
        Files.write(renamed, edit(Files.readAllBytes(exported), wb -> {
            wb.getSheet("Thông tin").getRow(2).getCell(1).setCellValue("tinh-2026");
            wb.getSheet("Thông tin").getRow(3).getCell(1).setCellValue("Bộ chỉ số cấp xã năm 2026 (từ Excel)");
        }));
        Path broken = DOWNLOADS.resolve("broken.xlsx");
        Files.write(broken, edit(Files.readAllBytes(exported),
                wb -> wb.getSheet("Bộ chỉ số").getRow(4).getCell(3).setCellValue("nhiều")));

        v.click("Bộ chỉ số");
        v.page.locator("#framework-file").setInputFiles(broken);
        v.page.locator("#framework-import button[type=submit]").click();
        assertThat(v.page.locator("#problems")).containsText("Bộ chỉ số!D5: ");
        assertThat(v.page.locator("#problems")).containsText("Không có gì thay đổi.");

        v.click("Bộ chỉ số");
        v.page.locator("#framework-file").setInputFiles(renamed);
        v.page.locator("#framework-import button[type=submit]").click();
        assertThat(v.page.locator("#new-revision")).containsText("tinh-2026, phiên bản 1");
        Screenshots.save(v.page, "framework-import-preview-desktop");
        v.page.locator("#confirm").click();
        v.page.waitForLoadState();
        assertThat(v.page.locator("h1")).hasText("Bộ chỉ số cấp xã năm 2026 (từ Excel)");
        v.click("Bộ chỉ số");
        assertThat(v.page.locator("#frameworks")).containsText("tinh-2026");
    }

    @Test
    void thePreviewFitsAPhone() throws Exception {
        Visitor v = phoneVisitor().logIn("admin", "admin-demo");
        v.open("/frameworks");
        Path template = download(v, "#framework-template", "phone-template.xlsx");
        v.page.locator("#framework-file").setInputFiles(template);
        v.page.locator("#framework-import button[type=submit]").click();
        assertThat(v.page.locator("#problems")).containsText("Thông tin!B3: ");
        assertThat((Boolean) v.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        Screenshots.save(v.page, "framework-import-problems-phone");
    }

    private static Path download(Visitor v, String selector, String name) throws Exception {
        Files.createDirectories(DOWNLOADS);
        // the first PDF of a JVM loads fonts and charts: on a busy machine that takes more than the default 15 s
        Download d = v.page.waitForDownload(new com.microsoft.playwright.Page.WaitForDownloadOptions().setTimeout(90_000),
                () -> v.page.locator(selector).click());
        Path file = DOWNLOADS.resolve(name);
        d.saveAs(file);
        return file;
    }

    private static byte[] edit(byte[] bytes, java.util.function.Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}
