package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People click through the results pages of the demo data in Debian's chromium, as each role and anonymously. */
class ResultsPagesBrowserTest extends BrowserTest {

    static final String HEADLINE = "Xã Hải Trường đạt 73,90%, xếp loại Khá, đứng thứ 6 trong tổng số 16 xã, thị trấn.";


    @Test
    void anonymousVisitorSeesThePublishedRankingFromTheHomePage() {
        Visitor v = visitor().home();
        v.click(Visitor.PERIOD);
        assertThat(v.page.locator("h1")).hasText("Xếp hạng Chỉ số CCHC 6 tháng đầu năm 2023");
        assertThat(v.page.locator("#ranking tbody tr")).hasCount(16);
        Locator row = v.page.locator("#ranking tr[data-unit='hai-truong']");
        assertThat(row.locator("td.rank")).hasText("6");
        assertThat(row.locator("td.index")).hasText("73,90%");
        assertThat(v.page.locator(".demo-notice")).containsText("Dữ liệu minh họa");
        assertThat(row.locator(".change-down")).containsText("2");

        v.click("Xã Hải Trường");
        assertThat(v.page).hasURL(Pattern.compile(".*/units/hai-truong\\?period=2023-H1$"));
        assertThat(v.page.locator("#headline")).containsText(HEADLINE);
    }

    @Test
    void rankChangeOfAMergedUnitFollowsItsPredecessor() {
        Visitor v = visitor().home();
        v.open("/results/2020");
        Locator change = v.page.locator("#ranking tr[data-unit='hai-phong'] .change-down");
        assertThat(change).containsText("1");
        assertThat(change).hasAttribute("title", "Giảm 1 bậc so với Năm 2019 (thứ 13 trong 20 đơn vị), theo đơn vị tiền thân Xã Hải Tân");
        assertThat(v.page.locator("#ranking tr[data-unit='dien-sanh'] .change-same")).hasCount(1);
    }

    @Test
    void viewerFindsHaiTruongAtRank6WithinThreeClicksAndDrillsDownToALeaf() {
        Visitor v = visitor().logIn("viewer", "viewer-demo");
        assertThat(v.page.locator("h1")).hasText("Chỉ số cải cách hành chính (Chỉ số CCHC)");
        v.click(Visitor.PERIOD);
        v.click("Xã Hải Trường");
        assertThat(v.page.locator("#headline")).containsText(HEADLINE);
        assertThat(v.page.locator("#unit-fields tr[data-field='1'] td").nth(1)).hasText("53,57%");
        assertThat(v.page.locator("#unit-fields tr[data-field='7'] td").nth(1)).hasText("38,15%");
        assertThat(v.page.locator("#rank-change")).hasText("↓ Giảm 2 bậc so với Năm 2022 (thứ 4 trong 16 đơn vị)");
        assertThat(v.page.locator("#why")).containsText("Nguyên nhân theo số liệu:");
        assertThat(v.page.locator("#why")).containsText("thứ hạng giảm 2 bậc (từ thứ 4 xuống thứ 6)");

        drillDownToLeaf(v);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"admin, admin-demo", "appraiser, appraiser-demo", "can-bo-hai-truong, can-bo-demo",
        "viewer, viewer-demo"})
    void everyRoleClicksThroughRankingUnitAndDrillDown(String user, String password) {
        Visitor v = visitor().logIn(user, password);
        v.click("Xếp hạng");
        assertThat(v.page.locator("#ranking tbody tr")).hasCount(16);
        v.click("Xã Hải Trường");
        assertThat(v.page.locator("#headline")).containsText(HEADLINE);
        assertThat(v.page.locator("#chart-fields")).isVisible();
        assertThat(v.page.locator("#trend tbody tr")).hasCount(5);
        drillDownToLeaf(v);
    }

    @Test
    void officerReadsAnotherUnitsPublishedPageButNeverItsSheet() {
        Visitor v = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        v.click("Xếp hạng");
        assertThat(v.page.locator("#ranking tr[data-unit='hai-an'] a")).hasCount(1);
        assertThat(v.open("/units/hai-an?period=2023-H1").status()).isEqualTo(200);
        assertThat(v.open("/assessments/2023-H1/units/hai-an").status()).isEqualTo(403);
        assertThat(v.page.locator("#error-page")).containsText("Bạn không có quyền xem trang này.");
        assertThat(v.open("/units/hai-truong?period=2023-H1").status()).isEqualTo(200);
    }

    @Test
    void rankingSortsByNameInVietnameseOrderAndBack() {
        Visitor v = visitor().home();
        v.open("/results/2023-H1");
        v.page.locator("#ranking thead button", new Page.LocatorOptions()
                .setHasText("Đơn vị")).click();
        List<String> names = v.page.locator("#ranking tbody .unit-col").allTextContents().stream()
                .map(String::trim).toList();
        List<String> expected = new ArrayList<>(names);
        expected.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(names.get(0)).isEqualTo("Thị trấn Diên Sanh");

        v.page.locator("#ranking thead button", new Page.LocatorOptions()
                .setHasText("Chỉ số")).click();
        v.page.locator("#ranking thead button", new Page.LocatorOptions()
                .setHasText("Chỉ số")).click();
        assertThat(v.page.locator("#ranking tbody tr").first().locator("td.rank")).hasText("1");
    }

    @Test
    void languageSwitchShowsTheRankingInEnglish() {
        Visitor v = visitor().home();
        v.open("/results/2023-H1");
        v.click("English");
        assertThat(v.page.locator("h1")).hasText("PAR Index ranking, 6 tháng đầu năm 2023");
        assertThat(v.page.locator("#ranking tr[data-unit='hai-truong'] td.index")).hasText("73.90%");
        assertThat(v.page.locator(".demo-notice")).containsText("Demo data");
    }

    @Test
    void unitPageInEnglish() {
        Visitor v = visitor().logIn("appraiser", "appraiser-demo");
        v.open("/units/hai-truong?period=2023-H1&lang=en");
        assertThat(v.page.locator("#headline")).containsText(
                "Xã Hải Trường scored 73.90%, classified Khá, ranking 6th out of 16 communes and towns.");
        assertThat(v.page.locator("#rank-change")).hasText("↓ Down 2 since Năm 2022 (was 4 of 16 units)");
        assertThat(v.page.locator("#tree h2")).hasText("Every criterion in detail");
        assertThat(v.page.locator("#why")).containsText("Why, according to the data:");
        v.openNode("7");
        v.openNode("7.2");
        assertThat(v.openNode("7.2.2").locator(".leaf-value")).hasText("14.8");
    }

    @Test
    void overviewShowsBandsAveragesAndBestAndWorstPerField() {
        Visitor v = visitor().home();
        v.open("/results/2023-H1");
        v.click("Tổng quan");
        assertThat(v.page.locator("#overview-units")).hasText("16");
        assertThat(v.page.locator("#overview-fields .field-summary")).hasCount(8);
        assertThat(v.page.locator("#overview-fields [data-field='7'] .field-average")).hasText("65,26%");
        assertThat(v.page.locator("#chart-bands")).isVisible();
    }

    @Test
    void screenshotsOfRankingUnitAndOverviewAtDesktopAndPhoneWidth() {
        for (boolean phone : new boolean[] {false, true}) {
            String size = phone ? "phone" : "desktop";
            Visitor v = new Visitor(phone ? browsers.phone() : browsers.desktop(), port).logIn("viewer", "viewer-demo");
            v.open("/results/2023-H1");
            assertThat(Screenshots.save(v.page, "ranking-" + size)).isNotEmptyFile();
            v.open("/results/2023-H1/overview");
            assertThat(v.page.locator("#chart-averages")).isVisible();
            assertThat(Screenshots.save(v.page, "overview-" + size)).isNotEmptyFile();
            v.open("/units/hai-truong?period=2023-H1");
            v.openNode("7");
            v.openNode("7.2");
            v.openNode("7.2.2");
            assertThat(Screenshots.save(v.page, "unit-" + size)).isNotEmptyFile();
            v.page.context().close();
        }
    }

    private static void drillDownToLeaf(Visitor v) {
        v.openNode("7");
        v.openNode("7.2");
        Locator leaf = v.openNode("7.2.2");
        Locator details = leaf.locator(".leaf-details");
        assertThat(details).isVisible();
        assertThat(details.locator(".leaf-value")).hasText("14,8");
        assertThat(details.locator(".leaf-rule")).containsText("0 → 0; 80 → 2");
        assertThat(details).containsText("Lãnh đạo UBND xã ký số 37/250 văn bản đi");
        assertThat(leaf.locator("> summary .node-points")).hasText("0,37/2");
    }
}
