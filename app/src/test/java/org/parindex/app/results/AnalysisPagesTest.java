package org.parindex.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A period under way: the forecast takes each of Hải Trường's items from last period (no row yet), and its officer
 * finds the forecast's warnings among the home page's tasks; another unit's officer sees only their own. The council's
 * forecast page comes in pages (5 rows here), units at risk on the first.
 */
@SpringBootTest(properties = {"parindex.demo=true", "parindex.forecast.page-rows=5"})
@AutoConfigureMockMvc
class AnalysisPagesTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired Analysis analysis;
    @Autowired Results results;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void officersSeeTheirUnitsForecastWarningsWhileThePeriodIsUnderWay() throws Exception {
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        LocalDate today = LocalDate.now();
        lifecycle.open(ADMIN, "2023-H2", "6 tháng cuối năm 2023", framework, List.of("hai-truong", "hai-an"),
                today.plusDays(10), today.plusDays(20), today.plusDays(15), null);
        lifecycle.advance(ADMIN, "2023-H2", periods.find("2023-H2").orElseThrow().version());

        ForecastView f = analysis.forecast(results.period("2023-H2").orElseThrow(), null);
        ForecastView.Row haiTruong = f.rows().stream().filter(r -> r.unit().equals("hai-truong")).findFirst()
                .orElseThrow();
        assertThat(haiTruong.index()).as("every item from 2023-H1's final values")
                .isCloseTo(73.90, org.assertj.core.data.Offset.offset(0.005));
        assertThat(haiTruong.lastBandCode()).isEqualTo("kha");
        assertThat(haiTruong.atRisk()).isFalse();
        assertThat(haiTruong.indicators()).extracting(ForecastView.Warning::node).contains("7.3.1");

        String home = mvc.perform(get("/").with(user(users.loadUserByUsername("can-bo-hai-truong")))).andReturn()
                .getResponse().getContentAsString();
        assertThat(home).contains("id=\"forecast-warnings\"").contains("Dự báo 6 tháng cuối năm 2023: Mục 7.3.1");
        String other = mvc.perform(get("/").with(user(users.loadUserByUsername("can-bo-hai-an")))).andReturn()
                .getResponse().getContentAsString();
        assertThat(other).doesNotContain("Mục 7.3.1: 4,8");
        String council = mvc.perform(get("/").with(user(users.loadUserByUsername("appraiser")))).andReturn()
                .getResponse().getContentAsString();
        assertThat(council).doesNotContain("id=\"forecast-warnings\"");
    }

    @Test
    void theForecastTableComesInPagesWithTheUnitsAtRiskFirst() throws Exception {
        String first = page("/forecast/2023-H1");
        assertThat(first).contains("Đơn vị 1–5 trong 16").contains("data-unit=\"hai-truong\"")
                .contains("href=\"/forecast/2023-H1?page=2\"").doesNotContain("Trang trước");
        String last = page("/forecast/2023-H1?page=4&asOf=2023-06-30");
        assertThat(last).contains("Đơn vị 16–16 trong 16").contains("href=\"/forecast/2023-H1?page=3&amp;asOf=2023-06-30\"")
                .doesNotContain("data-unit=\"hai-truong\"").doesNotContain("Trang sau");
        assertThat(page("/forecast/2023-H1?page=99")).contains("Đơn vị 16–16 trong 16");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("appraiser")))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theNewPagesSpeakEnglishWhenAsked() throws Exception {
        String unit = mvc.perform(get("/units/hai-truong?period=2023-H1&lang=en")
                .with(user(users.loadUserByUsername("can-bo-hai-truong")))).andReturn().getResponse().getContentAsString();
        assertThat(unit).contains("Change since Năm 2022").contains("Index: 86.45% → 73.90% (−12.55 points).")
                .contains("What it takes to rise").contains("What if").doesNotContain("??");
        assertThat(page("/forecast/2023-H1?lang=en")).contains("Forecast, 6 tháng đầu năm 2023")
                .contains("Band falls: Tốt → Khá").doesNotContain("??");
        String plan = mvc.perform(get("/plans/2023-H1/units/hai-truong?lang=en")
                .with(user(users.loadUserByUsername("can-bo-hai-truong")))).andReturn().getResponse().getContentAsString();
        assertThat(plan).contains("Improvement plan of Xã Hải Trường").contains("Where to start").doesNotContain("??");
    }
}
