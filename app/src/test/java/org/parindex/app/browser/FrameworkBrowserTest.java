package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** An officer reads the framework that scores them and what changed from the previous one. */
class FrameworkBrowserTest extends BrowserTest {


    @Test
    void anOfficerBrowsesTheFrameworkTreeDownToALeafsRule() {
        Visitor v = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        v.click("Bộ chỉ số");
        assertThat(v.page.locator("#frameworks tbody tr")).hasCount(2);
        assertThat(v.page.locator("#frameworks")).containsText("6 tháng đầu năm 2023");

        v.page.locator("#frameworks a", new Page.LocatorOptions().setHasText("demo-commune-2023")).click();
        assertThat(v.page.locator("h1")).containsText("Bộ chỉ số");
        assertThat(v.page.locator("#tree tr[data-code='1']")).containsText("7");
        assertThat(v.page.locator("#tree tr[data-code='7.3.1']"))
                .containsText("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến");
        assertThat(v.page.locator("#tree tr[data-code='7.3.1']")).containsText("Tỷ lệ thuận");
        assertThat(v.page.locator("#tree tr[data-code='D.3']")).containsText("chỉ áp dụng: town");
        Screenshots.save(v.page, "framework-desktop");
    }

    @Test
    void comparingTheTwoDemoVersionsListsWhatChanged() {
        Visitor v = visitor().logIn("appraiser", "appraiser-demo");
        v.click("Bộ chỉ số");
        v.click("So sánh các phiên bản");

        assertThat(v.page.locator("h1")).hasText("So sánh các phiên bản");
        assertThat(v.page.locator("#changes tbody tr").first()).isVisible();
        assertThat(v.page.locator("#changes tr[data-code='1.5.1']")).containsText("sửa đổi");
        Screenshots.save(v.page, "framework-compare-desktop");

        Visitor phone = phoneVisitor().logIn("appraiser", "appraiser-demo");
        phone.open("/frameworks/compare");
        Screenshots.save(phone.page, "framework-compare-phone");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Visitor v = visitor();
        v.open("/frameworks");
        assertThat(v.page.locator("#username")).isVisible();
    }
}
