package org.parindex.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The visibility matrix of results: every page and API that shows a result, for every role, while 2023-H1 is locked
 * (not published). Published, the same endpoints answer 200 to everyone (AuthorizationTest); locked, only the council,
 * admins and viewers see them, and the pages open to everyone never mention the period.
 */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class ResultVisibilityTest {

    static final List<String> ROLES = List.of("anonymous", "admin", "appraiser", "can-bo-hai-truong", "viewer");
    static final int LOGIN = 302, API_LOGIN = 401;

    /** Path, then the status for anonymous, admin, appraiser, the officer of Hải Trường, viewer. */
    static final Object[][] LOCKED = {
        {"/results/2023-H1", LOGIN, 200, 200, 403, 200},
        {"/results/2023-H1/overview", LOGIN, 200, 200, 403, 200},
        {"/results/2023-H1/open-data", LOGIN, 200, 200, 403, 200},
        {"/results/2023-H1/open-data/parindex-2023-H1.zip", LOGIN, 200, 200, 403, 200},
        {"/results/2023-H1/open-data/results-2023-H1.csv", LOGIN, 200, 200, 403, 200},
        {"/units/hai-truong?period=2023-H1", LOGIN, 200, 200, 403, 200},
        {"/units/hai-an?period=2023-H1", LOGIN, 200, 200, 403, 200},
        {"/units/hai-truong/article?period=2023-H1", LOGIN, 200, 200, 403, 200},
        {"/units/hai-truong/article.html?period=2023-H1", LOGIN, 200, 200, 403, 200},
        {"/units/hai-truong/article.txt?period=2023-H1", LOGIN, 200, 200, 403, 200},
        {"/api/v1/periods/2023-H1", API_LOGIN, 200, 200, 403, 200},
        {"/api/v1/periods/2023-H1/results", API_LOGIN, 200, 200, 403, 200},
        {"/api/v1/periods/2023-H1/overview", API_LOGIN, 200, 200, 403, 200},
        {"/api/v1/units/hai-truong?period=2023-H1", API_LOGIN, 200, 200, 403, 200},
        {"/api/v1/units/hai-an?period=2023-H1", API_LOGIN, 200, 200, 403, 200},
    };

    /** Open to everyone; for anonymous visitors and officers they must not show the locked period. */
    static final List<String> OPEN = List.of("/", "/units/hai-truong", "/units/hai-truong/article",
            "/units/hai-truong/article.txt", "/api/v1/units/hai-truong", "/api/v1/periods", "/feed.atom",
            "/results/2022", "/results/2022/open-data");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Periods periods;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void aLockedPeriodsResultsAreForTheCouncilOnly() throws Exception {
        periods.save(periods.find("2023-H1").orElseThrow().withStatus(PeriodStatus.LOCKED));
        try {
            SoftAssertions soft = new SoftAssertions();
            for (Object[] row : LOCKED) {
                for (int r = 0; r < ROLES.size(); r++) {
                    var answer = as(ROLES.get(r), (String) row[0]);
                    soft.assertThat(answer.getStatus()).as(row[0] + " as " + ROLES.get(r)).isEqualTo(row[1 + r]);
                    if (answer.getStatus() != 200) {
                        soft.assertThat(answer.getContentAsString()).as(row[0] + " as " + ROLES.get(r))
                                .doesNotContain("73,90", "73.90", "73.9,");
                    }
                }
            }
            for (String path : OPEN) {
                for (String role : List.of("anonymous", "can-bo-hai-truong")) {
                    var answer = as(role, path);
                    soft.assertThat(answer.getStatus()).as(path + " as " + role).isEqualTo(200);
                    soft.assertThat(answer.getContentAsString()).as(path + " as " + role)
                            .doesNotContain("2023-H1", "6 tháng đầu năm 2023");
                }
                soft.assertThat(as("viewer", path).getStatus()).as(path + " as viewer").isEqualTo(200);
            }
            soft.assertThat(as("viewer", "/units/hai-truong").getContentAsString()).contains("6 tháng đầu năm 2023");
            soft.assertThat(as("anonymous", "/units/hai-truong").getContentAsString()).contains("Năm 2022");
            soft.assertAll();
        } finally {
            periods.save(periods.find("2023-H1").orElseThrow().withStatus(PeriodStatus.PUBLISHED));
        }
    }

    @Test
    void aPublishedPeriodsUnitPagesAndApiAreOpenToEveryone() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Object[] row : LOCKED) {
            for (String role : ROLES) {
                var answer = as(role, (String) row[0]);
                soft.assertThat(answer.getStatus()).as(row[0] + " as " + role).isEqualTo(200);
            }
        }
        soft.assertThat(as("anonymous", "/units/hai-truong?period=2023-H1").getContentAsString()).contains("73,90%");
        soft.assertThat(as("anonymous", "/api/v1/units/hai-an?period=2023-H1").getContentAsString())
                .contains("\"unit\"", "hai-an");
        soft.assertAll();
    }

    private MockHttpServletResponse as(String role, String path) throws Exception {
        var request = get(path);
        if (!role.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(role)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
