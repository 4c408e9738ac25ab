package org.parindex.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.Explanations;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.periods.Periods;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page each role reaches, at desktop and at phone width (390 px): axe-core finds no serious or critical
 * violation, no page scrolls sideways on the phone and nothing a page loads is missing (a favicon 404 on every page). Two periods are in the workflow so that the editable sheets
 * (the officer's self-assessment, the council's round 1 with its questions) are among the pages.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);
    static final String SELF = "/assessments/a11y-self", ROUND1 = "/assessments/a11y-r1";

    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired Explanations explanations;

    @BeforeAll
    void twoPeriodsInTheWorkflow() {
        open("a11y-self");
        lifecycle.advance(ADMIN, "a11y-self", version("a11y-self"));
        open("a11y-r1");
        lifecycle.advance(ADMIN, "a11y-r1", version("a11y-r1"));
        lifecycle.advance(ADMIN, "a11y-r1", version("a11y-r1"));
        explanations.ask(new Viewer("appraiser", Role.APPRAISER, null), "a11y-r1", "hai-truong", "1.1.2",
                "Đề nghị bổ sung báo cáo");
    }

    /** user (null: anonymous) → the pages that role reaches. */
    static Map<String, List<String>> pagesByRole() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("anonymous", List.of("/", "/login", "/results/2023-H1", "/results/2023-H1/overview",
                "/units/hai-truong?period=2023-H1", "/results/2023-H1/open-data",
                "/units/hai-truong/article?period=2023-H1"));
        pages.put("can-bo-hai-truong", List.of("/", "/assessments", SELF + "/units/hai-truong",
                SELF + "/units/hai-truong/items/1.1.1/history", "/units/hai-truong", "/frameworks",
                "/plans/2023-H1/units/hai-truong"));
        pages.put("appraiser", List.of("/assessments", ROUND1, ROUND1 + "/units/hai-truong", "/results/2023-H1",
                "/units/hai-truong?period=2023-H1", "/forecast/2023-H1", "/plans/2023-H1"));
        pages.put("viewer", List.of("/", ROUND1 + "/units/hai-truong", "/units/hai-an"));
        pages.put("admin", List.of("/", "/assessments", SELF, SELF + "/audit", "/admin/bundles", "/admin/periods",
                "/admin/units", "/admin/users", "/admin/reminders", "/frameworks", "/admin/indicators",
                "/admin/surveys?period=2023-H1"));
        return pages;
    }

    @Test
    void noSeriousViolationAndNoSidewaysScrollOnAnyPageOfAnyRole() {
        List<String> problems = new ArrayList<>();
        pagesByRole().forEach((user, paths) -> {
            for (boolean phone : List.of(false, true)) {
                Visitor v = phone ? phoneVisitor() : visitor();
                v.page.onResponse(r -> {
                    if (r.status() >= 400) {
                        problems.add(user + ": " + r.status() + " for " + r.url());   // e.g. a missing favicon
                    }
                });
                if (!user.equals("anonymous")) {
                    v.logIn(user, password(user));
                }
                for (String path : paths) {
                    v.open(path);
                    v.page.waitForLoadState();
                    String where = user + (phone ? " @390 " : " @desktop ") + path;
                    Accessibility.seriousViolations(v.page).forEach(p -> problems.add(where + ": " + p));
                    if (phone) {
                        int wider = Accessibility.overflow(v.page);
                        if (wider > 0) {
                            problems.add(where + ": scrolls sideways by " + wider + " px");
                        }
                    }
                }
                v.page.context().close();
            }
        });
        assertThat(problems).isEmpty();
    }

    private static String password(String user) {
        return user.startsWith("can-bo-") ? "can-bo-demo" : user + "-demo";
    }

    private void open(String code) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        lifecycle.open(ADMIN, code, "Kỳ kiểm tra khả năng tiếp cận " + code, framework, List.of("hai-truong", "hai-an"),
                today.plusDays(7), today.plusDays(14), today.plusDays(10), null);
    }

    private int version(String code) {
        return periods.find(code).orElseThrow().version();
    }
}
