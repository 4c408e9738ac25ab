package org.parindex.app.browser.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parindex.app.browser.Screenshots;
import org.parindex.app.support.Database;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One whole period as real users play it, in Debian's chromium: the admin opens it, an officer fills the grid,
 * uploads evidence and submits; an appraiser changes two items and asks for one explanation; the officer answers
 * with a file; round 2 finalises; the admin locks and publishes; an anonymous visitor sees the ranking.
 * Screenshots of each step go to app/target/screenshots/workflow/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholePeriodBrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String SHEET = "/assessments/2025/units/hai-truong";

    @LocalServerPort int port;
    Playwright playwright;
    Browser browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
        registry.add("parindex.evidence.dir", () -> System.getProperty("java.io.tmpdir") + "/parindex-e2e-evidence");
    }

    @BeforeAll
    void start() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void stop() {
        browser.close();
        playwright.close();
    }

    @Test
    void onePeriodFromOpeningToPublication() throws Exception {
        Page admin = logIn("admin", "admin-demo");
        open(admin, "/assessments");
        admin.locator("#open-period input[name=code]").fill("2025");
        admin.locator("#open-period input[name=name]").fill("Năm 2025");
        admin.locator("#open-period select[name=framework]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Bộ chỉ số xác định Chỉ số CCHC cấp xã giai đoạn 2023-2025 (minh họa) (r1)"));
        LocalDate today = LocalDate.now();
        admin.locator("#open-period input[name=selfDue]").fill(today.plusDays(7).toString());
        admin.locator("#open-period input[name=round1Due]").fill(today.plusDays(10).toString());
        admin.locator("#open-period input[name=explanationsDue]").fill(today.plusDays(14).toString());
        admin.locator("#open-period input[name=round2Due]").fill(today.plusDays(20).toString());
        admin.locator("#open-unit-hai-an").check();
        admin.locator("#open-unit-hai-truong").check();
        admin.locator("#open-period button").click();
        advance(admin, "Đang tự đánh giá");
        shot(admin, "01-admin-opens-the-period");

        Page officer = logIn("can-bo-hai-truong", "can-bo-demo");
        assertThat(officer.locator("#tasks")).containsText("Nộp bản tự đánh giá Năm 2025");
        shot(officer, "02-officer-home-tasks");
        officer.locator("#tasks a").first().click();
        officer.waitForURL("**" + SHEET);
        officer.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        fillGrid(officer);
        officer.locator("#save").click();
        assertThat(officer.locator("#info")).containsText("Đã lưu");
        assertThat(officer.locator("#gaps")).containsText("thiếu tài liệu kiểm chứng");
        upload(officer, "1.1.1", "ke-hoach-cchc-2025.pdf");
        notApplicable(officer);
        dropAndPreview(officer);
        Locator warnings = officer.locator("tr:has(.evidence-warning) textarea[name^='n.']");
        for (int i = 0; i < warnings.count(); i++) {
            warnings.nth(i).fill("Văn bản đã niêm yết tại trụ sở UBND xã");
        }
        officer.locator("#save").click();
        shot(officer, "03-officer-grid-filled");
        java.util.List<String> asked = new java.util.ArrayList<>();
        officer.onceDialog(d -> {
            asked.add(d.message());
            d.accept();
        });
        officer.locator("#submit").click();
        assertThat(officer.locator("#info")).containsText("Đã gửi bản tự đánh giá");
        org.assertj.core.api.Assertions.assertThat(asked).singleElement().asString().contains("Gửi bản tự đánh giá");
        assertThat(officer.locator("#sheet-state")).hasText("Đã gửi");
        shot(officer, "04-officer-submitted");

        advance(admin, "Thẩm định vòng 1");
        Page appraiser = logIn("appraiser", "appraiser-demo");
        open(appraiser, "/assessments/2025");
        shot(appraiser, "05-appraiser-queue");
        appraiser.locator("a.open-sheet[data-unit=hai-truong]").click();
        appraiser.waitForURL("**" + SHEET);
        appraiser.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        appraiser.locator("[name='v.1.1.2']").fill("80");
        appraiser.locator("[name='n.1.1.2']").fill("Chỉ hoàn thành 80 % nhiệm vụ");
        appraiser.locator("[name='v.1.3.2']").fill("0.25");
        appraiser.locator("[name='n.1.3.2']").fill("Tuyên truyền chưa thường xuyên");
        appraiser.locator("#save").click();
        assertThat(appraiser.locator("#info")).containsText("Đã lưu 2 mục");
        Locator ask = appraiser.locator("#item-1\\.3\\.3 details");
        ask.locator("summary").click();
        ask.locator("textarea[name=question]").fill("Đề nghị cung cấp hình ảnh, tài liệu về sự tham gia của Mặt trận");
        ask.locator("button.ask").click();
        assertThat(appraiser.locator("#info")).containsText("Đã gửi đề nghị giải trình");
        shot(appraiser, "06-appraiser-round-1");

        advance(admin, "Giải trình");
        open(officer, "/");
        assertThat(officer.locator("#tasks")).containsText("Trả lời 1 đề nghị giải trình");
        officer.locator("#tasks a").first().click();
        officer.waitForURL("**" + SHEET);
        officer.locator("#item-1\\.3\\.3 textarea[name=answer]").fill("Đã bổ sung biên bản hội nghị có Mặt trận tham dự");
        officer.locator("#item-1\\.3\\.3 button.answer").click();
        upload(officer, "1.3.3", "bien-ban-hoi-nghi.pdf");
        assertThat(officer.locator("#item-1\\.3\\.3")).containsText("bien-ban-hoi-nghi.pdf");
        shot(officer, "07-officer-answers-with-a-file");

        advance(admin, "Thẩm định vòng 2");
        open(appraiser, SHEET);
        appraiser.locator("[name='v.1.3.3']").fill("0.5");
        appraiser.locator("[name='n.1.3.3']").fill("Giải trình được chấp nhận");
        appraiser.locator("#save").click();
        assertThat(appraiser.locator("#info")).containsText("Đã lưu 1 mục");
        shot(appraiser, "08-appraiser-round-2");

        open(admin, "/assessments/2025");
        confirmOpenWork(admin);
        admin.locator("#lock").click();
        assertThat(admin.locator("#period-status")).containsText("Đã khóa");
        confirmOpenWork(admin);
        if (admin.locator("#leave-out-reason").count() > 0) {
            admin.locator("#leave-out-reason").fill("Chưa gửi bản tự đánh giá");
        }
        admin.locator("#publish").click();
        assertThat(admin.locator("#period-status")).containsText("Đã công bố");
        assertThat(admin.locator("#versions")).containsText("Phiên bản 1");
        shot(admin, "09-admin-locks-and-publishes");

        Page visitor = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900)).newPage();
        open(visitor, "/results/2025");
        assertThat(visitor.locator("body")).containsText("Xã Hải Trường");
        shot(visitor, "10-visitor-sees-the-ranking");
    }

    /** Every editable item gets a plausible value: the first option, or a number within its bounds. */
    private void fillGrid(Page page) {
        Locator selects = page.locator("select.score");
        for (int i = 0; i < selects.count(); i++) {
            selects.nth(i).selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        }
        Locator numbers = page.locator("input.score:not(.na)");
        for (int i = 0; i < numbers.count(); i++) {
            Locator n = numbers.nth(i);
            String max = n.getAttribute("max");
            String step = n.getAttribute("step");
            String value = max != null ? max : "1".equals(step) ? "0" : "95";
            n.fill(value);
        }
        org.assertj.core.api.Assertions.assertThat(page.locator(".score").evaluateAll(
                "els => els.filter(e => e.value === '').length")).isEqualTo(0);
    }

    /** An item that did not arise: ticking its box disables its input and the live totals follow. */
    private void notApplicable(Page page) {
        Locator box = page.locator("input.na").first();
        String code = box.getAttribute("name").substring(3);
        String before = page.locator("#self-points").textContent();
        box.check();
        assertThat(page.locator("[name='v." + code + "']")).isDisabled();
        page.waitForFunction("b => document.getElementById('self-points').textContent !== b", before);
        page.locator("#save").click();
        assertThat(page.locator("#info")).containsText("Đã lưu 1 mục");
        assertThat(page.locator("#na-" + code.replace(".", "\\."))).isChecked();
    }

    /** Two files dropped on an item's zone are uploaded at once, each with its result; the image opens in a modal. */
    private void dropAndPreview(Page page) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(13, 110, 253));
        g.fillRect(0, 0, 320, 200);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(20, 20, 280, 160);
        g.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        Locator zone = page.locator("#item-1\\.2\\.1 .dropzone");
        zone.scrollIntoViewIfNeeded();
        zone.evaluate("""
                (zone, files) => {
                  const dt = new DataTransfer();
                  for (const f of files) {
                    const bytes = Uint8Array.from(atob(f.data), c => c.charCodeAt(0));
                    dt.items.add(new File([bytes], f.name, { type: f.type }));
                  }
                  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
                  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
                }""", java.util.List.of(
                java.util.Map.of("name", "bao-cao-quy-1.pdf", "type", "application/pdf",
                        "data", java.util.Base64.getEncoder().encodeToString(PDF)),
                java.util.Map.of("name", "anh-hoi-nghi.png", "type", "image/png",
                        "data", java.util.Base64.getEncoder().encodeToString(png.toByteArray()))));
        Locator results = zone.locator(".progress-list li.text-success");
        assertThat(results).hasCount(2);
        assertThat(page.locator("#item-1\\.2\\.1 .files")).containsText("anh-hoi-nghi.png");
        zone.evaluate("z => z.scrollIntoView({ block: 'center' })");
        page.screenshot(new Page.ScreenshotOptions().setPath(folder().resolve("03a-officer-drops-two-files.png")));
        page.locator("#item-1\\.2\\.1 .files button.view").last().click();
        assertThat(page.locator("#preview img")).isVisible();
        page.waitForFunction("() => document.querySelector('#preview img').complete");
        assertThat(page.locator("#preview.show")).isVisible();
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(folder().resolve("03b-officer-previews-an-image.png")));
        page.locator("#preview .btn-close").click();
        assertThat(page.locator("#preview")).not().isVisible();
        page.reload();
    }

    private static Path folder() {
        return Screenshots.folder().resolve("workflow");
    }

    private void upload(Page page, String node, String name) {
        page.waitForSelector("body[data-sheet-ready]");
        page.locator("#item-" + node.replace(".", "\\.") + " input[type=file]")
                .setInputFiles(new FilePayload(name, "application/pdf", PDF));
        page.locator("#item-" + node.replace(".", "\\.") + " .dropzone button").click();
        assertThat(page.locator("#item-" + node.replace(".", "\\.") + " .progress-list li.text-success"))
                .containsText("Đã tải lên " + name);
    }

    private void advance(Page admin, String stage) {
        open(admin, "/assessments/2025");
        confirmOpenWork(admin);
        admin.locator("#advance").click();
        assertThat(admin.locator("#period-status")).containsText(stage);
    }

    /** Ticks "I have read what is still open" where the period page asks for it (units not submitted, …). */
    private static void confirmOpenWork(Page admin) {
        Locator box = admin.locator(".step-form input[name=confirm]");
        if (box.count() > 0) {
            box.check();
        }
    }

    private Page logIn(String user, String password) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900))
                .newPage();
        open(page, "/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    private void open(Page page, String path) {
        page.navigate("http://localhost:" + port + path);
    }

    private static void shot(Page page, String name) {
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(folder().resolve(name + ".png")));
    }
}
