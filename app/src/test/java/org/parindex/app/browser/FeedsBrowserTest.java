package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.periods.Periods;
import org.parindex.core.demo.DemoBundle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measured indicators and the survey, as people use them: an admin imports an indicator file (preview, confirm), the
 * officer's sheet shows the fed item read-only with its date and source, a citizen answers the survey on a phone with
 * a one-time code, and the unit's satisfaction % appears; the demo's unit page shows its indicator series and survey.
 */
class FeedsBrowserTest extends BrowserTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;

    @Test
    void indicatorsAndTheSurveyFromImportToTheSheetAndTheUnitsSatisfaction() throws IOException {
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        LocalDate today = LocalDate.now();
        lifecycle.open(ADMIN, "2026", "Năm 2026", framework, List.of("hai-truong", "hai-an"), today.plusDays(9),
                today.plusDays(20), today.plusDays(12), null);
        lifecycle.advance(ADMIN, "2026", periods.find("2026").orElseThrow().version());

        Visitor admin = visitor().logIn("admin", "admin-demo");
        admin.open("/admin/indicators");
        admin.page.locator("#period").selectOption("2026");
        admin.page.locator("#file").setInputFiles(new FilePayload("chi-so-2026.csv", "text/csv", """
                unit,indicator,date,value,source,numerator,denominator
                hai-truong,online-dossier-rate,2026-02-28,8.5,Cổng dịch vụ công quốc gia,17,200
                hai-truong,online-dossier-rate,2026-03-31,12.5,Cổng dịch vụ công quốc gia,50,400
                """.getBytes(StandardCharsets.UTF_8)));
        admin.page.locator("form[action$='/admin/indicators/preview'] button[type=submit]").click();
        assertThat(admin.page.locator("#summary")).containsText("2 giá trị mới");
        Screenshots.save(admin.page, "indicators-preview-desktop");
        admin.page.locator("form[action$='/admin/indicators/import'] button[type=submit]").click();
        assertThat(admin.page.locator("#imported")).containsText("2 giá trị mới");
        Screenshots.save(admin.page, "indicators-admin-desktop");

        Visitor officer = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        officer.open("/assessments/2026/units/hai-truong");
        Locator item = officer.page.locator("tr:has(.fed-source):has-text('7.3.1')");
        assertThat(item.locator(".value")).containsText("12,5");
        assertThat(item.locator(".fed-source")).containsText("31/3/2026");
        assertThat(item.locator(".fed-source")).containsText("Cổng dịch vụ công quốc gia");
        assertThat(item.locator("input[name='v.7.3.1']")).hasCount(0);
        item.scrollIntoViewIfNeeded();
        Screenshots.save(officer.page, "indicators-sheet-desktop");

        admin.open("/admin/surveys?period=2026");
        admin.page.locator("#definition").setInputFiles(new FilePayload("sipas.yaml", "application/yaml",
                demoSurvey()));
        admin.page.locator("form[action$='/definition'] button[type=submit]").click();
        admin.page.locator("#code-unit").selectOption("hai-truong");
        admin.page.locator("#code-count").fill("2");
        admin.page.locator("form[action$='/codes'] button[type=submit]").click();
        String code = admin.page.locator("#codes li code").first().textContent().strip();
        assertThat(admin.page.locator("#survey-qr svg")).isVisible();
        assertThat(admin.page.locator("#survey-link")).hasText("http://localhost:" + port + "/survey/2026/hai-truong");
        Screenshots.save(admin.page, "survey-codes-desktop");

        Visitor citizen = phoneVisitor();
        citizen.open("/survey/2026/hai-truong?code=" + code);
        assertThat(citizen.page.locator("#code")).hasValue(code);
        for (Locator question : citizen.page.locator(".question").all()) {
            question.getByText("Hài lòng", new Locator.GetByTextOptions().setExact(true)).click();
        }
        assertThat((Boolean) citizen.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the form does not scroll sideways at 390 px").isTrue();
        Screenshots.save(citizen.page, "survey-form-phone");
        citizen.page.locator("#send").click();
        assertThat(citizen.page.locator("#thanks")).isVisible();
        Screenshots.save(citizen.page, "survey-thanks-phone");
        citizen.open("/survey/2026/hai-truong?code=" + code);
        citizen.page.locator(".question").first().getByText("Rất hài lòng").click();
        citizen.page.locator("#send").click();
        assertThat(citizen.page.locator("#refused")).containsText("đã được dùng");

        admin.open("/admin/surveys?period=2026");
        Locator row = admin.page.locator("#satisfaction tr[data-unit='hai-truong']");
        assertThat(row).containsText("100,00%");
        assertThat(row).containsText("chưa đủ phiếu");
        Screenshots.save(admin.page, "survey-admin-desktop");

        Visitor phoneAdmin = phoneVisitor().logIn("admin", "admin-demo");
        for (String page : List.of("/admin/indicators", "/admin/surveys?period=2026")) {
            phoneAdmin.open(page);
            assertThat((Boolean) phoneAdmin.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(page + " does not scroll sideways at 390 px").isTrue();
        }
        Screenshots.save(phoneAdmin.page, "survey-admin-phone");
        phoneAdmin.open("/admin/indicators");
        Screenshots.save(phoneAdmin.page, "indicators-admin-phone");
    }

    @Test
    void theDemoUnitPageShowsItsIndicatorSeriesAndSatisfaction() {
        Visitor v = visitor().logIn("viewer", "viewer-demo");
        v.open("/units/hai-truong?period=2023-H1");
        assertThat(v.page.locator("#satisfaction-overall")).hasText("90,95%");
        assertThat(v.page.locator("#indicator-charts canvas")).hasCount(5);
        assertThat(v.page.locator("#indicator-charts")).containsText("Cổng dịch vụ công quốc gia");
        v.page.locator("#satisfaction").scrollIntoViewIfNeeded();
        Screenshots.save(v.page, "unit-indicators-desktop");
        Visitor phone = phoneVisitor().logIn("viewer", "viewer-demo");
        phone.open("/units/hai-truong?period=2023-H1");
        assertThat((Boolean) phone.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        Screenshots.save(phone.page, "unit-indicators-phone");
    }

    private static byte[] demoSurvey() throws IOException {
        try (InputStream in = DemoBundle.class.getResourceAsStream("surveys/2023-H1.yaml")) {
            return in.readAllBytes();
        }
    }
}
