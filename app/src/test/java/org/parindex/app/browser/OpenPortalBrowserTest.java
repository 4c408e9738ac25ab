package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.parindex.core.integrity.Sha256;

/**
 * An anonymous visitor reads Hải Trường's published page, downloads its PDF report, and downloads and checks the open
 * data and the article.
 */
class OpenPortalBrowserTest extends BrowserTest {

    static final List<String> PUBLIC_PAGES = List.of("/", "/results/2023-H1", "/results/2023-H1/overview",
            "/units/hai-truong?period=2023-H1", "/results/2023-H1/open-data", "/units/hai-truong/article?period=2023-H1");

    @Test
    void anonymousVisitorOpensHaiTruongFromTheHomePageAndDownloadsThePdfTheOpenDataAndTheArticle() throws IOException {
        Visitor v = visitor().home();
        v.click(Visitor.PERIOD);
        v.click("Xã Hải Trường");
        assertThat(v.page).hasURL(Pattern.compile(".*/units/hai-truong\\?period=2023-H1$"));
        assertThat(v.page.locator("#headline")).containsText(ResultsPagesBrowserTest.HEADLINE);
        // the first PDF of a JVM loads fonts and charts: on a busy machine that takes more than the default 15 s
        Download pdf = v.page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000),
                () -> v.page.locator("#unit-pdf").click());
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        v.click("Dữ liệu mở");
        assertThat(v.page.locator("h1")).hasText("Dữ liệu mở: 6 tháng đầu năm 2023");
        Download bundle = v.page.waitForDownload(() -> v.page.locator("#bundle-link").click());
        assertThat(bundle.suggestedFilename()).isEqualTo("parindex-2023-H1.zip");
        assertThat(Sha256.of(bundle.path())).isEqualTo(v.page.locator("#bundle-sha").textContent());
        Download results = v.page.waitForDownload(() -> v.page.locator("#results-link").click());
        assertThat(Sha256.of(results.path())).isEqualTo(v.page.locator("#results-sha").textContent());
        assertThat(Files.readString(results.path())).contains("6,hai-truong,Xã Hải Trường,73.90,100.00,73.90,kha");
        assertThat(v.page.locator("#chain-state")).containsText("Chuỗi nhật ký toàn vẹn");
        assertThat(v.page.locator("#log-entries tbody tr")).hasCount(1);

        v.page.goBack();
        v.click("Bài viết");
        assertThat(v.page.locator("#article-preview h2"))
                .hasText("Chỉ số cải cách hành chính 6 tháng đầu năm 2023: Xã Hải Trường");
        Download html = v.page.waitForDownload(() -> v.page.locator("#article-html").click());
        String article = Files.readString(html.path(), StandardCharsets.UTF_8);
        assertThat(article).startsWith("<article>").contains("<li>Lĩnh vực 7. Xây dựng và phát triển chính quyền điện tử");
        assertThat(v.page.locator("#article-source")).hasValue(article);
        Download text = v.page.waitForDownload(() -> v.page.locator("#article-text").click());
        assertThat(Files.readString(text.path(), StandardCharsets.UTF_8))
                .contains("Xã Hải Trường đạt 73,90%, xếp loại Khá, đứng thứ 6 trong tổng số 16 xã, thị trấn.")
                .doesNotContain("<");
        v.page.context().close();
    }

    @Test
    void publicPagesHaveNoSeriousAccessibilityViolationAndNoSidewaysScrollAtDesktopAndPhoneWidth() {
        SoftAssertions soft = new SoftAssertions();
        for (boolean phone : new boolean[] {false, true}) {
            Visitor v = phone ? phoneVisitor() : visitor();
            for (String path : PUBLIC_PAGES) {
                v.open(path);
                String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[/?=]", "-");
                AxeResults axe = new AxeBuilder(v.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze();
                List<Rule> bad = axe.getViolations().stream()
                        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
                soft.assertThat(describe(bad)).as(path + (phone ? " (phone)" : "")).isEmpty();
                Object fits = v.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
                soft.assertThat(fits).as(path + " scrolls sideways").isEqualTo(Boolean.TRUE);
                Screenshots.save(v.page, "public-" + name + "-" + (phone ? "phone" : "desktop"));
            }
            v.page.context().close();
        }
        soft.assertAll();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
