package org.parindex.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every endpoint × every role, against the demo data of a first start. Add a line to {@link #ENDPOINTS} for each
 * new page or API: the expected statuses are for anonymous, admin, appraiser, officer of Hải Trường, viewer.
 */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class AuthorizationTest {

    static final List<String> ROLES = List.of("anonymous", "admin", "appraiser", "can-bo-hai-truong", "viewer");

    /** method, path, then the status for each of {@link #ROLES}. 302 = redirected to the login page. */
    static final Object[][] ENDPOINTS = {
        {"GET", "/", 200, 200, 200, 200, 200},
        {"GET", "/login", 200, 200, 200, 200, 200},
        {"GET", "/webjars/bootstrap/css/bootstrap.min.css", 200, 200, 200, 200, 200},
        {"GET", "/v3/api-docs", 200, 200, 200, 200, 200},
        {"GET", "/actuator/health/readiness", 200, 200, 200, 200, 200},
        {"GET", "/actuator/health/liveness", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/periods", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/periods/2023-H1", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/periods/2023-H1/results", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/periods/2023-H1/overview", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/periods/no-such-period/results", 404, 404, 404, 404, 404},
        {"GET", "/api/v1/units", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/units/hai-truong", 200, 200, 200, 200, 200},
        {"GET", "/api/v1/units/hai-an", 200, 200, 200, 200, 200},
        {"GET", "/admin/bundles", 302, 200, 403, 403, 403},
        {"GET", "/admin/bundles/export?period=2023-H1", 302, 200, 403, 403, 403},
        {"GET", "/admin/periods", 302, 200, 403, 403, 403},
        {"GET", "/admin/units", 302, 200, 403, 403, 403},
        {"GET", "/admin/users", 302, 200, 403, 403, 403},
        {"POST", "/admin/units/hai-an/rename?name=X&version=999", 302, 302, 403, 403, 403},
        {"POST", "/admin/users/999999/enabled?enabled=true", 302, 404, 403, 403, 403},
        {"POST", "/admin/users/999999/unlock", 302, 404, 403, 403, 403},
        {"POST", "/admin/users/999999/password?password=long-enough", 302, 404, 403, 403, 403},
        {"POST", "/admin/bundles/import?token=none", 302, 302, 403, 403, 403},
        {"POST", "/admin/bundles/preview", 302, 400, 403, 403, 403},
        {"POST", "/admin/bundles/preview-folder", 302, 400, 403, 403, 403},
        {"POST-NO-CSRF", "/admin/users/999999/enabled?enabled=true", 403, 403, 403, 403, 403},
        {"GET", "/results", 302, 302, 302, 302, 302},
        {"GET", "/results/2023-H1/appendix.pdf", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/ranking.xlsx", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/units/hai-truong/report.pdf", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/units/hai-truong/detail.xlsx", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/units/no-such-unit/detail.xlsx", 404, 404, 404, 404, 404},
        {"GET", "/results/no-such-period/appendix.pdf", 404, 404, 404, 404, 404},
        {"GET", "/frameworks/template.xlsx", 302, 200, 200, 200, 200},
        {"GET", "/admin/bundles/scores.xlsx?period=2023-H1", 302, 200, 403, 403, 403},
        {"POST", "/admin/bundles/preview-scores-xlsx?period=2023-H1", 302, 400, 403, 403, 403},
        {"POST", "/admin/frameworks/preview", 302, 400, 403, 403, 403},
        {"POST", "/admin/frameworks/import?token=none", 302, 302, 403, 403, 403},
        {"GET", "/results/2023-H1", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/overview", 200, 200, 200, 200, 200},
        {"GET", "/results/no-such-period", 404, 404, 404, 404, 404},
        {"GET", "/units/hai-truong", 200, 200, 200, 200, 200},
        {"GET", "/units/hai-truong?period=2022", 200, 200, 200, 200, 200},
        {"GET", "/units/hai-an?period=2023-H1", 200, 200, 200, 200, 200},
        {"GET", "/units/no-such-unit", 404, 404, 404, 404, 404},
        {"GET", "/units/hai-truong/article?period=2023-H1", 200, 200, 200, 200, 200},
        {"GET", "/units/hai-an/article.html?period=2023-H1", 200, 200, 200, 200, 200},
        {"GET", "/units/hai-an/article.txt", 200, 200, 200, 200, 200},
        {"GET", "/units/no-such-unit/article", 404, 404, 404, 404, 404},
        {"GET", "/results/2023-H1/open-data", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/open-data/parindex-2023-H1.zip", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/open-data/results-2023-H1.csv", 200, 200, 200, 200, 200},
        {"GET", "/results/2023-H1/open-data/results-2022.csv", 404, 404, 404, 404, 404},
        {"GET", "/results/no-such-period/open-data", 404, 404, 404, 404, 404},
        {"GET", "/feed.atom", 200, 200, 200, 200, 200},
        {"GET", "/css/results.css", 200, 200, 200, 200, 200},
        {"GET", "/assessments", 302, 200, 200, 200, 200},
        {"GET", "/assessments/2023-H1", 302, 200, 200, 403, 200},
        {"GET", "/assessments/2023-H1/units/hai-truong", 302, 200, 200, 200, 200},
        {"GET", "/assessments/2023-H1/units/hai-an", 302, 200, 200, 403, 200},
        {"GET", "/assessments/2023-H1/audit", 302, 200, 403, 403, 403},
        {"POST", "/assessments/2023-H1/units/hai-an/save?version=0", 302, 302, 302, 403, 403},
        {"POST", "/assessments/2023-H1/lock?version=0", 302, 302, 403, 403, 403},
        {"POST", "/assessments/2023-H1/delete?version=0", 302, 302, 403, 403, 403},
        {"POST", "/assessments/open?code=x", 302, 400, 403, 403, 403},
        {"POST", "/assessments/2023-H1/units/hai-an/accept?field=1&version=0", 302, 302, 302, 403, 403},
        {"GET", "/assessments/2023-H1/units/hai-truong/items/no-such-node/history", 302, 404, 404, 404, 404},
        {"GET", "/assessments/no-such-period/audit", 302, 404, 403, 403, 403},
        {"GET", "/admin/bundles/export?period=no-such-period", 302, 404, 403, 403, 403},
        {"UPLOAD", "/assessments/2023-H1/units/hai-an/evidence/one?node=1.1.1", 302, 403, 403, 403, 403},
        {"GET", "/evidence/999999", 302, 404, 404, 404, 404},
        {"GET", "/frameworks", 302, 200, 200, 200, 200},
        {"GET", "/frameworks/1", 302, 200, 200, 200, 200},
        {"GET", "/frameworks/999999", 302, 404, 404, 404, 404},
        {"GET", "/frameworks/compare", 302, 200, 200, 200, 200},
        {"GET", "/js/results.js", 200, 200, 200, 200, 200},
        {"GET", "/webjars/chart.js/dist/chart.umd.js", 200, 200, 200, 200, 200},
        // issue 10: explain, targets, what-if, forecast
        {"GET", "/api/v1/units/hai-truong/explain?period=2023-H1", 401, 200, 200, 200, 200},
        {"GET", "/api/v1/units/hai-an/explain?period=2023-H1", 401, 200, 200, 403, 200},
        {"GET", "/api/v1/units/hai-truong/targets?period=2023-H1", 401, 200, 200, 200, 200},
        {"GET", "/api/v1/units/hai-an/targets?period=2023-H1", 401, 200, 200, 403, 200},
        {"JSON", "/api/v1/units/hai-truong/whatif?period=2023-H1", 401, 200, 200, 200, 403},
        {"JSON", "/api/v1/units/hai-an/whatif?period=2023-H1", 401, 200, 200, 403, 403},
        {"GET", "/api/v1/periods/2023-H1/forecast", 401, 200, 200, 403, 200},
        {"GET", "/api/v1/periods/no-such-period/forecast", 401, 404, 404, 403, 404},
        {"GET", "/forecast/2023-H1", 302, 200, 200, 403, 200},
        {"GET", "/forecast/no-such-period", 302, 404, 404, 403, 404},
        {"GET", "/js/whatif.js", 200, 200, 200, 200, 200},
        {"GET", "/plans/2023-H1", 302, 200, 200, 302, 200},
        {"GET", "/plans/2023-H1/units/hai-truong", 302, 200, 200, 200, 200},
        {"GET", "/plans/2023-H1/units/hai-an", 302, 200, 200, 403, 200},
        {"GET", "/plans/no-such-period/units/hai-truong", 302, 404, 404, 404, 404},
        {"POST", "/plans/2023-H1/units/hai-an/actions?title=T&nodes=7.3&owner=O&due=2030-01-01&status=planned",
            302, 302, 302, 403, 403},
        {"POST", "/plans/actions/999999?version=0", 302, 404, 404, 404, 404},
        // issue 11: indicators, API tokens, the systems' API
        {"GET", "/admin/indicators", 302, 200, 403, 403, 403},
        {"POST", "/admin/indicators/preview?period=2023-H1", 302, 400, 403, 403, 403},
        {"POST", "/admin/indicators/import?token=none", 302, 302, 403, 403, 403},
        {"POST", "/admin/indicators/tokens?name=X&scope=INDICATORS", 302, 302, 403, 403, 403},
        {"POST", "/admin/indicators/tokens/999999/revoke", 302, 404, 403, 403, 403},
        {"POST-NO-CSRF", "/api/v1/indicators", 401, 401, 401, 401, 401},
        {"GET", "/js/indicators.js", 200, 200, 200, 200, 200},
        {"GET", "/admin/surveys", 302, 200, 403, 403, 403},
        {"GET", "/admin/surveys?period=2023-H1", 302, 200, 403, 403, 403},
        {"POST", "/admin/surveys/2023-H1/codes?unit=hai-truong&count=1", 302, 400, 403, 403, 403},
        {"GET", "/survey/2023-H1/hai-truong", 200, 200, 200, 200, 200},
        {"GET", "/survey/2023-H1/no-such-unit", 404, 404, 404, 404, 404},
        {"POST", "/survey/2023-H1/hai-truong?code=ABCDEFGHJK&q.tc1=5", 400, 400, 400, 400, 400},
        {"POST-NO-CSRF", "/api/v1/survey-responses?period=2023-H1", 401, 401, 401, 401, 401},
        {"GET", "/js/survey.js", 200, 200, 200, 200, 200},
    };

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    static Stream<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (Object[] e : ENDPOINTS) {
            for (int r = 0; r < ROLES.size(); r++) {
                out.add(new Object[] {e[0], e[1], ROLES.get(r), e[2 + r]});
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("cases")
    void statusByRole(String method, String path, String role, int expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = switch (method) {
            case "GET" -> get(path);
            case "POST" -> post(path).with(csrf());
            case "JSON" -> post(path).with(csrf()).contentType("application/json").content("{\"values\": {}}");
            case "UPLOAD" -> multipart(path).file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                    "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).with(csrf());
            default -> post(path);
        };
        if (!role.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(role)));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as(method + " " + path + " as " + role).isEqualTo(expected);
    }

}
