package org.parindex.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.parindex.app.periods.PeriodStages;
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

/** A period's documents follow its results: open once published, for the council only before (never data on a refusal). */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class ResultDocumentsAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Periods periods;
    @Autowired PeriodStages stages;
    @Autowired UserDetailsService users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void publishedDocumentsAreForEveryoneAsAttachmentsOfTheirType() throws Exception {
        MockHttpServletResponse pdf = fetch("/results/2023-H1/units/hai-an/report.pdf", null);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-hai-an-2023-H1.pdf\"");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        MockHttpServletResponse xlsx = fetch("/results/2023-H1/ranking.xlsx", null);
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.getContentAsByteArray(), 0, 2)).isEqualTo("PK");
    }

    @Test
    void anUnpublishedPeriodsDocumentsAreForTheCouncilOnly() throws Exception {
        stages.apply(periods.find("2022").orElseThrow().reopened());
        for (String path : new String[] {"/results/2022/appendix.pdf", "/results/2022/ranking.xlsx",
            "/results/2022/units/hai-truong/report.pdf", "/results/2022/units/hai-truong/detail.xlsx"}) {
            MockHttpServletResponse anonymous = fetch(path, null);
            assertThat(anonymous.getStatus()).as(path).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as(path).endsWith("/login");
            MockHttpServletResponse officer = fetch(path, "can-bo-hai-truong");
            assertThat(officer.getStatus()).as(path).isEqualTo(403);
            assertThat(officer.getContentAsString()).as(path).doesNotStartWith("%PDF").doesNotStartWith("PK");
            assertThat(fetch(path, "viewer").getStatus()).as(path).isEqualTo(200);
        }
        assertThat(fetch("/results/2023-H1/units/hai-truong/report.pdf", null).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse fetch(String path, String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request = request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
