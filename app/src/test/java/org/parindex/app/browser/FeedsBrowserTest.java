package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
 * Each of these pages is checked with axe-core at desktop width and at 390 px (no serious or critical violation, no
 * sideways scroll), the same window resized rather than a new login per width.
 */
class FeedsBrowserTest extends BrowserTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;

    private final List<String> problems = new ArrayList<>();

    /** The last elements reaching past the window's right edge (what makes a page scroll sideways). */
    private static final String WIDEST = "[...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-3)"
            + ".map(e => e.tagName + '.' + e.className + '#' + e.id).join(' ')";

    /**
     * axe-core on the page at its window's width and at the other one (desktop ↔ 390 px), no sideways scroll at
     * 390 px, a screenshot at the other width; the window is given its size back.
     */
    private void check(Visitor v, String name) {
        var size = v.page.viewportSize();
        boolean phone = size.width <= Browsers.PHONE_WIDTH;
        List<Boolean> widths = phone ? List.of(true, false) : List.of(false, true);
        for (boolean asPhone : widths) {
            if (asPhone != phone) {
                v.page.setViewportSize(asPhone ? Browsers.PHONE_WIDTH : Browsers.DESKTOP_WIDTH,
                        asPhone ? Browsers.PHONE_HEIGHT : Browsers.DESKTOP_HEIGHT);
                // charts redraw to the new width on the next frames (Chart.js watches its box)
                v.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                v.page.waitForTimeout(300);
                Screenshots.save(v.page, name + (asPhone ? "-phone" : "-desktop"));
            }
            String where = name + (asPhone ? " @390: " : " @desktop: ");
            Accessibility.seriousViolations(v.page).forEach(p -> problems.add(where + p));
            int wider = asPhone ? Accessibility.overflow(v.page) : 0;
            if (wider > 0) {
                problems.add(where + "scrolls sideways by " + wider + " px: " + v.page.evaluate(WIDEST));
            }
        }
        v.page.setViewportSize(size.width, size.height);
    }

    @BeforeEach
    void noProblemYet() {
        problems.clear();
    }

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
        check(admin, "indicators-preview");
        admin.page.locator("form[action$='/admin/indicators/import'] button[type=submit]").click();
        assertThat(admin.page.locator("#imported")).containsText("2 giá trị mới");
        Screenshots.save(admin.page, "indicators-admin-desktop");
        check(admin, "indicators-admin");

        Visitor officer = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        officer.open("/assessments/2026/units/hai-truong");
        Locator item = officer.page.locator("tr:has(.fed-source):has-text('7.3.1')");
        assertThat(item.locator(".value")).containsText("12,5");
        assertThat(item.locator(".fed-source")).containsText("31/3/2026");
        assertThat(item.locator(".fed-source")).containsText("Cổng dịch vụ công quốc gia");
        assertThat(item.locator("input[name='v.7.3.1']")).hasCount(0);
        // its points count before the unit's first save: 2,5 × 12,5 / 50
        assertThat(item.locator("[data-self='7.3.1']")).hasText("0,63");
        item.scrollIntoViewIfNeeded();
        Screenshots.save(officer.page, "indicators-sheet-desktop");
        check(officer, "indicators-sheet");

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
        check(admin, "survey-codes");

        Visitor citizen = phoneVisitor();
        citizen.open("/survey/2026/hai-truong?code=" + code);
        assertThat(citizen.page.locator("#code")).hasValue(code);
        for (Locator question : citizen.page.locator(".question").all()) {
            question.getByText("Hài lòng", new Locator.GetByTextOptions().setExact(true)).click();
        }
        assertThat((Boolean) citizen.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the form does not scroll sideways at 390 px").isTrue();
        Screenshots.save(citizen.page, "survey-form-phone");
        check(citizen, "survey-form");
        citizen.page.locator("#send").click();
        assertThat(citizen.page.locator("#thanks")).isVisible();
        Screenshots.save(citizen.page, "survey-thanks-phone");
        check(citizen, "survey-thanks");
        citizen.open("/survey/2026/hai-truong?code=" + code);
        citizen.page.locator(".question").first().getByText("Rất hài lòng").click();
        citizen.page.locator("#send").click();
        assertThat(citizen.page.locator("#refused")).containsText("đã được dùng");

        admin.open("/admin/surveys?period=2026");
        Locator row = admin.page.locator("#satisfaction tr[data-unit='hai-truong']");
        assertThat(row).containsText("100,00%");
        assertThat(row).containsText("chưa đủ phiếu");
        Screenshots.save(admin.page, "survey-admin-desktop");
        check(admin, "survey-admin");
        assertThat(problems).isEmpty();
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
        check(v, "unit-indicators");
        assertThat(problems).isEmpty();
    }

    private static byte[] demoSurvey() throws IOException {
        try (InputStream in = DemoBundle.class.getResourceAsStream("surveys/2023-H1.yaml")) {
            return in.readAllBytes();
        }
    }
}
