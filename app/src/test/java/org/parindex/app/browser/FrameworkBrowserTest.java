package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parindex.app.support.Database;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An officer reads the framework that scores them and what changed from the previous one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkBrowserTest {

    @LocalServerPort int port;
    Browsers browsers;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @BeforeAll
    void startBrowser() {
        browsers = new Browsers();
    }

    @AfterAll
    void closeBrowser() {
        browsers.close();
    }

    @Test
    void anOfficerBrowsesTheFrameworkTreeDownToALeafsRule() {
        Visitor v = new Visitor(browsers.desktop(), port).logIn("can-bo-hai-truong", "can-bo-demo");
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
        Visitor v = new Visitor(browsers.desktop(), port).logIn("appraiser", "appraiser-demo");
        v.click("Bộ chỉ số");
        v.click("So sánh các phiên bản");

        assertThat(v.page.locator("h1")).hasText("So sánh các phiên bản");
        assertThat(v.page.locator("#changes tbody tr").first()).isVisible();
        assertThat(v.page.locator("#changes tr[data-code='1.5.1']")).containsText("sửa đổi");
        Screenshots.save(v.page, "framework-compare-desktop");

        Visitor phone = new Visitor(browsers.phone(), port).logIn("appraiser", "appraiser-demo");
        phone.open("/frameworks/compare");
        Screenshots.save(phone.page, "framework-compare-phone");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Visitor v = new Visitor(browsers.desktop(), port);
        v.open("/frameworks");
        assertThat(v.page.locator("#username")).isVisible();
    }
}
