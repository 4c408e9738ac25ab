package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * From scoreboard to improvement in Debian's chromium: Hải Trường's officer reads why the unit fell and what it takes,
 * tries a what-if on the online-dossier rate and sees the rank move; the council reads the forecast.
 */
class ImprovementBrowserTest extends BrowserTest {

    static final String UNIT = "/units/hai-truong?period=2023-H1";

    @Test
    void officerOfHaiTruongRaisesTheOnlineDossierRateAndSeesTheNewRank() {
        Visitor v = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        v.open(UNIT);
        assertThat(v.page.locator("#explain-headline")).containsText("86,45% → 73,90% (−12,55");
        assertThat(v.page.locator("#explain-fields tr[data-field='7'] .contribution")).hasText("−4,19");
        assertThat(v.page.locator("#passed-by")).containsText("Xã Hải Chánh: 5 → 4");
        assertThat(v.page.locator("#target-band")).containsText("Tốt");
        assertThat(v.page.locator("#target-band")).containsText("6,1");
        assertThat(v.page.locator("#target-rank")).containsText("Xã Hải Phú");
        assertThat(v.page.locator("#target-room tbody tr").first()).hasAttribute("data-node", "7.3.1");

        Locator whatIf = v.page.locator("#whatif");
        assertThat(v.page.locator("#whatif-rank")).hasText("6");
        whatIf.locator("details[data-field='7'] > summary").click();
        fill(v.page, "7.3.1", "50");
        fill(v.page, "7.2.2", "80");
        assertThat(v.page.locator("#whatif-index")).hasText("77,79%");
        assertThat(v.page.locator("#whatif-rank")).hasText("6");
        whatIf.locator("details[data-field='6'] > summary").click();
        fill(v.page, "6.1.3", "95");
        v.page.locator("select[data-node='6.3.1']").selectOption("yes");
        assertThat(v.page.locator("#whatif-index")).hasText("80,29%");
        assertThat(v.page.locator("#whatif-band")).hasText("Tốt");
        assertThat(v.page.locator("#whatif-rank")).hasText("5");
        assertThat(v.page.locator("#whatif-rank-change")).hasText("↑ 1");
        Screenshots.save(v.page, "improvement/unit-whatif-desktop");

        fill(v.page, "7.3.1", "many");
        assertThat(v.page.locator("#whatif-error")).hasText("mục 7.3.1: “many” không phải một số");
        assertThat(v.page.locator("#whatif-index")).hasText("80,29%");
        Screenshots.save(v.page, "improvement/unit-whatif-refused-desktop");
    }

    @Test
    void unitPageFitsAPhoneWithTheWhatIfPanel() {
        Visitor v = phoneVisitor().logIn("can-bo-hai-truong", "can-bo-demo");
        v.open(UNIT);
        v.page.locator("#whatif details[data-field='7'] > summary").click();
        fill(v.page, "7.3.1", "50");
        assertThat(v.page.locator("#whatif-index")).not().hasText("73,90%");
        noSidewaysScroll(v.page);
        Screenshots.save(v.page, "improvement/unit-whatif-phone");
    }

    @Test
    void viewerSeesTheAnalysisButNoWhatIf() {
        Visitor v = visitor().logIn("viewer", "viewer-demo");
        v.open(UNIT);
        assertThat(v.page.locator("#explain")).isVisible();
        assertThat(v.page.locator("#whatif")).hasCount(0);
    }

    @Test
    void councilsForecastListsUnitsAtRiskFirst() {
        Visitor v = visitor().logIn("appraiser", "appraiser-demo");
        v.open("/results/2023-H1");   // another class of the same context may have imported a newer period
        v.click("Dự báo");
        assertThat(v.page.locator("h1")).hasText("Dự báo 6 tháng đầu năm 2023");
        assertThat(v.page.locator("#at-risk")).containsText("Đơn vị có nguy cơ");
        Locator first = v.page.locator("#forecast tbody tr").first();
        assertThat(first).hasAttribute("data-risk", "true");
        Locator haiTruong = v.page.locator("#forecast tr[data-unit='hai-truong']");
        assertThat(haiTruong).hasAttribute("data-risk", "true");
        assertThat(haiTruong.locator("td.index")).hasText("73,90%");
        assertThat(haiTruong).containsText("Xếp loại giảm: Tốt → Khá");
        assertThat(v.page.locator("#chart-forecast")).isVisible();
        Screenshots.save(v.page, "improvement/forecast-desktop");

        Visitor phone = phoneVisitor().logIn("appraiser", "appraiser-demo");
        phone.open("/forecast/2023-H1");
        noSidewaysScroll(phone.page);
        assertThat(phone.page.locator("#forecast tr[data-unit='hai-truong'] th .text-danger"))
                .hasText("Xếp loại giảm: Tốt → Khá");
        Object right = phone.page.locator("#forecast tr[data-unit='hai-truong'] th .text-danger")
                .evaluate("e => e.getBoundingClientRect().right - window.innerWidth");
        assertThat(((Number) right).doubleValue()).as("the warning is within the phone's width").isLessThanOrEqualTo(0);
        Screenshots.save(phone.page, "improvement/forecast-phone");
    }

    @Test
    void officerIsRefusedTheForecastPage() {
        Visitor v = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        assertThat(v.open("/forecast/2023-H1").status()).isEqualTo(403);
    }

    @Test
    void officerWritesAPlanLinkedToCriterion73AndTheCouncilSeesIt() {
        Visitor v = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        v.open(UNIT);
        v.click("Kế hoạch cải thiện");
        assertThat(v.page.locator("h1")).hasText("Kế hoạch cải thiện của Xã Hải Trường, 6 tháng đầu năm 2023");
        assertThat(v.page.locator("#starting-points li[data-node='7.3.1']")).isVisible();
        v.page.locator("#new-title").fill("Hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa");
        v.page.locator("#new-nodes").fill("7.3");
        v.page.locator("#new-owner").fill("Bộ phận một cửa");
        v.page.locator("#new-due").fill("2023-12-31");
        v.page.locator("#new-status").selectOption("in-progress");
        v.page.locator("#add-action").click();
        v.page.waitForLoadState();
        Locator action = v.page.locator(".plan-action").last();
        assertThat(action).containsText("Hướng dẫn người dân nộp hồ sơ trực tuyến");
        assertThat(action.locator(".nodes")).containsText("7.3 Cung cấp dịch vụ công trực tuyến");
        assertThat(action.locator(".status")).hasText("Đang thực hiện");
        Screenshots.save(v.page, "improvement/plan-desktop");

        v.page.locator("#new-title").fill("Thiếu tiêu chí");
        v.page.locator("#new-nodes").fill("9.9");
        v.page.locator("#new-owner").fill("Văn phòng");
        v.page.locator("#new-due").fill("2023-12-31");
        v.page.locator("#add-action").click();
        v.page.waitForLoadState();
        assertThat(v.page.locator("#plan-error")).containsText("\"9.9\" is not a node");
        assertThat(v.page.locator("#new-title")).hasValue("Thiếu tiêu chí");

        Visitor phone = phoneVisitor().logIn("can-bo-hai-truong", "can-bo-demo");
        phone.open("/plans/2023-H1/units/hai-truong");
        noSidewaysScroll(phone.page);
        Screenshots.save(phone.page, "improvement/plan-phone");

        Visitor council = visitor().logIn("appraiser", "appraiser-demo");
        council.open("/results/2023-H1");
        council.click("Kế hoạch cải thiện");
        assertThat(council.page.locator("#plans tr[data-unit='hai-truong'] td").first()).not().hasText("0");
        assertThat(council.page.locator("#overdue")).containsText("Xã Hải Trường — Hướng dẫn người dân");
        Screenshots.save(council.page, "improvement/plans-council-desktop");
    }

    private static void fill(Page page, String node, String value) {
        page.locator("input[data-node='" + node + "']").fill(value);
    }

    static void noSidewaysScroll(Page page) {
        Object wider = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) wider).intValue()).as("page scrolls sideways by").isLessThanOrEqualTo(0);
    }
}
