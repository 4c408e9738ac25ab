package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.support.TestBundles;
import org.parindex.app.support.Zips;

/** An admin imports bundles through the browser: a bad one is refused and changes nothing, a good one shows up. */
class ImportBrowserTest extends BrowserTest {

    /** The small test bundle's 2023-H1 scores as a new period, 2023-H2, of four units. */
    static final String NEW_PERIOD = """
            format: parindex/bundle@1
            title: Chỉ số CCHC các xã, thị trấn huyện Hải Lăng (dữ liệu minh họa)
            assessor: UBND huyện Hải Lăng
            demo: true
            units: units.csv
            periods:
              - code: 2023-H2
                name: 6 tháng cuối năm 2023
                framework: frameworks/commune-demo.yaml
                scores: scores/2023-H1.csv
            """;

    @TempDir Path dir;

    @Test
    void aBadBundleIsRefusedWithItsErrorsAndAGoodOneShowsItsResults() {
        Visitor v = visitor().logIn("admin", "admin-demo");
        Map<String, byte[]> files = new TreeMap<>(Zips.filesOf(TestBundles.small(dir)));
        files.put("bundle.yaml", NEW_PERIOD.getBytes(StandardCharsets.UTF_8));
        files.keySet().removeIf(name -> name.startsWith("scores/") && !name.equals("scores/2023-H1.csv"));

        Map<String, byte[]> bad = new TreeMap<>(files);
        bad.put("scores/2023-H1.csv", (new String(files.get("scores/2023-H1.csv"), StandardCharsets.UTF_8)
                + "hai-truong,9.9.9,5,\n").getBytes(StandardCharsets.UTF_8));
        upload(v, "xau.zip", Zips.of(bad));
        Locator problems = v.page.locator("#problems");
        assertThat(problems).isVisible();
        assertThat(problems).containsText("9.9.9");
        assertThat(problems).containsText("Cơ sở dữ liệu không thay đổi.");
        v.home();
        assertThat(v.page.getByText("6 tháng cuối năm 2023")).hasCount(0);
        v.click(Visitor.PERIOD);
        assertThat(v.page.locator("#ranking tbody tr")).hasCount(16);

        upload(v, "tot.zip", Zips.of(files));
        assertThat(v.page.locator("#changes")).containsText("2023-H2");
        v.page.locator("form[action$='/admin/bundles/import'] button[type=submit]").click();
        assertThat(v.page.locator(".alert-success")).isVisible();
        v.home();
        v.click("6 tháng cuối năm 2023");
        assertThat(v.page.locator("#ranking tbody tr")).hasCount(4);
        Locator row = v.page.locator("#ranking tr[data-unit='hai-truong']");
        assertThat(row.locator("td.rank")).hasText("3");
        assertThat(row.locator("td.index")).hasText("73,90%");
        // 4 units ranked now, 16 in 2023-H1: ranks are not compared across different sets of units (issue 9)
        assertThat(row.locator(".change-up, .change-down, .change-same")).hasCount(0);
        assertThat(v.page.locator("#no-rank-change")).containsText("không gồm cùng các đơn vị");
    }

    /**
     * The same bundle chosen as a folder in Chromium's folder picker ({@code webkitdirectory}): Chromium names each
     * multipart part by its path relative to the parent of the chosen folder ("hai-lang-2024-H1/scores/…"), the
     * server strips that top folder and shows the same preview as for the .zip (then cancelled: never written).
     */
    @Test
    void aBundleFolderIsUploadedAndPreviewed() throws Exception {
        Visitor v = visitor().logIn("admin", "admin-demo");
        Path folder = dir.resolve("upload").resolve("hai-lang-2024-H1");
        for (var e : newPeriodFiles().entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        v.open("/admin/bundles");
        v.page.locator("#folder-files").setInputFiles(folder);
        v.page.locator("#import-folder button[type=submit]").click();
        v.page.waitForLoadState();

        assertThat(v.page.locator("#changes")).containsText("Kỳ đánh giá mới");
        assertThat(v.page.locator("#changes")).containsText("6 tháng đầu năm 2024");
        assertThat(v.page.locator("#upload-name")).containsText("hai-lang-2024-H1/");
        assertThat(v.page.locator("#upload-name")).containsText("(4 tệp)");
        // The server read frameworks/ and scores/ and names the top folder: only possible because Chromium sent
        // each part's relative path as its file name (Chromium hides a file upload's body from request listeners).
        Screenshots.save(v.page, "import-folder-desktop");

        v.page.locator("main a.btn-link").click();
        assertThat(v.page.locator("#import-folder")).isVisible();
        v.home();
        assertThat(v.page.getByText("6 tháng đầu năm 2024")).hasCount(0);
    }

    private Map<String, byte[]> newPeriodFiles() {
        Map<String, byte[]> files = new TreeMap<>(Zips.filesOf(TestBundles.small(dir.resolve("small"))));
        files.put("bundle.yaml", NEW_PERIOD.replace("2023-H2", "2024-H1").replace("6 tháng cuối năm 2023",
                "6 tháng đầu năm 2024").getBytes(StandardCharsets.UTF_8));
        files.keySet().removeIf(name -> name.startsWith("scores/") && !name.equals("scores/2023-H1.csv"));
        return files;
    }

    private static void upload(Visitor v, String name, byte[] zip) {
        v.open("/admin/bundles");
        v.page.locator("#zip-file").setInputFiles(new FilePayload(name, "application/zip", zip));
        v.page.locator("form[action$='/admin/bundles/preview'] button[type=submit]").click();
        v.page.waitForLoadState();
    }
}
