package org.parindex.app.assessments.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import org.springframework.mock.web.MockMultipartFile;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workflow pages render for each role and their forms reach the services, on the demo data. */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class WorkflowPagesTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired org.parindex.app.assessments.internal.Sheets sheets;
    @Autowired org.parindex.app.scores.Scores scores;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
        registry.add("parindex.evidence.dir", () -> System.getProperty("java.io.tmpdir") + "/parindex-pages-evidence");
    }

    @BeforeEach
    void open() {
        if (periods.find("2024").isEmpty()) {
            long fw = periods.find("2023-H1").orElseThrow().frameworkId();
            LocalDate today = LocalDate.now();
            lifecycle.open(ADMIN, "2024", "Năm 2024", fw, List.of("hai-an", "hai-truong"), today.plusDays(5),
                    today.plusDays(12), today.plusDays(8), today.plusDays(15));
            lifecycle.advance(ADMIN, "2024", periods.find("2024").orElseThrow().version());
        }
    }

    RequestPostProcessor as(String name) {
        return user(users.loadUserByUsername(name));
    }

    @Test
    void theOfficerSeesTheGridAndItsTasks() throws Exception {
        mvc.perform(get("/assessments/2024/units/hai-truong").with(as("can-bo-hai-truong"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"v.1.1.1\"")))
                .andExpect(content().string(containsString("Gửi bản tự đánh giá")));
        mvc.perform(get("/assessments/2024/units/hai-an").with(as("can-bo-hai-truong"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as("can-bo-hai-truong"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nộp bản tự đánh giá Năm 2024, hạn chót")));
        mvc.perform(post("/assessments/2024/units/hai-truong/preview").param("v.1.1.1", "yes").with(csrf())
                .with(as("can-bo-hai-truong"))).andExpect(status().isOk()).andExpect(jsonPath("$.points").value(0.5));
    }

    @Test
    void anItemThatMayNotAriseHasACheckboxBesideItsInputAndTheTotalsFollowIt() throws Exception {
        if (periods.find("2026").isEmpty()) {
            long fw = periods.find("2023-H1").orElseThrow().frameworkId();
            LocalDate today = LocalDate.now();
            lifecycle.open(ADMIN, "2026", "Năm 2026", fw, List.of("hai-truong"), today.plusDays(5),
                    today.plusDays(12), today.plusDays(8), null);
            lifecycle.advance(ADMIN, "2026", periods.find("2026").orElseThrow().version());
        }
        String sheet = "/assessments/2026/units/hai-truong";
        // 1.5.1 is a rate (tiers) with notApplicable: full; 2.4.2 a yes/no with exclude; 1.1.1 forbids NA
        mvc.perform(get(sheet).with(as("can-bo-hai-truong"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"na.1.5.1\"")))
                .andExpect(content().string(containsString("name=\"na.2.4.2\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"na.1.1.1\""))));
        mvc.perform(post(sheet + "/preview").param("v.1.5.1", "").param("na.1.5.1", "NA")
                .with(csrf()).with(as("can-bo-hai-truong"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes['1.5.1'].points").value(1.0));
        mvc.perform(post(sheet + "/save").param("version", String.valueOf(sheets.get("2026", "hai-truong").version()))
                .param("na.1.5.1", "NA").with(csrf()).with(as("can-bo-hai-truong")))
                .andExpect(flash().attribute("info", "Đã lưu 1 mục."));
        org.assertj.core.api.Assertions.assertThat(scores.ofUnit("2026", "hai-truong")).anyMatch(
                r -> r.node().equals("1.5.1") && r.value().equals("NA"));
        String page = mvc.perform(get(sheet).with(as("can-bo-hai-truong"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page).containsPattern(
                "<input type=\"checkbox\"[^>]*name=\"na.1.5.1\"[^>]*checked=\"checked\"");
    }

    @Test
    void aDroppedFileIsUploadedOnItsOwnWithTheSameChecksAndAJsonAnswer() throws Exception {
        String one = "/assessments/2024/units/hai-truong/evidence/one";
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(one).file(new MockMultipartFile("file", "kế hoạch.pdf", "application/pdf", pdf))
                        .param("node", "1.1.1").with(csrf()).with(as("can-bo-hai-truong")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("kế hoạch.pdf"))
                .andExpect(jsonPath("$.type").value("application/pdf")).andExpect(jsonPath("$.preview").value(true))
                .andExpect(jsonPath("$.message").value("Đã tải lên kế hoạch.pdf."));
        mvc.perform(multipart(one).file(new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]))
                        .param("node", "1.1.1").with(csrf()).with(as("can-bo-hai-truong")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString("rong.pdf")));
        mvc.perform(multipart(one).file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .param("node", "1.1.1").with(as("can-bo-hai-truong"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/assessments/2024/units/hai-an/evidence/one")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf)).param("node", "1.1.1")
                        .with(csrf()).with(as("can-bo-hai-truong"))).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/2024/units/hai-truong").with(as("can-bo-hai-truong")))
                .andExpect(content().string(containsString("class=\"btn btn-link btn-sm p-0 ms-1 view\"")))
                .andExpect(content().string(containsString("id=\"preview\"")))
                .andExpect(content().string(containsString("evidence/one")));
    }

    @Test
    void theMenuLinksTheWorkflowForThoseWhoHaveWorkThere() throws Exception {
        for (String name : List.of("can-bo-hai-truong", "appraiser", "admin", "viewer")) {
            mvc.perform(get("/").with(as(name))).andExpect(content().string(containsString("id=\"nav-work\"")));
        }
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"nav-work\""))));
    }

    @Test
    void aSaveWithAnOldVersionSaysSomeoneElseSaved() throws Exception {
        mvc.perform(post("/assessments/2024/units/hai-an/save").param("version", "0").param("v.1.1.1", "yes")
                .with(csrf()).with(as("can-bo-hai-an"))).andExpect(flash().attribute("info", "Đã lưu 1 mục."));
        mvc.perform(post("/assessments/2024/units/hai-an/save").param("version", "0").param("v.1.1.1", "no")
                .header("Referer", "http://localhost/assessments/2024/units/hai-an")
                .with(csrf()).with(as("can-bo-hai-an")))
                .andExpect(flash().attribute("error", containsString("Người khác vừa lưu")));
    }

    @Test
    void theCouncilSeesTheQueueAndTheAdminTheControls() throws Exception {
        mvc.perform(get("/assessments/2024").with(as("appraiser"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Hải Trường")));
        mvc.perform(get("/assessments/2024").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"advance\"")));
        mvc.perform(get("/assessments/2024").with(as("can-bo-hai-truong"))).andExpect(status().isForbidden());
        mvc.perform(get("/assessments").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/assessments/2024/audit").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/assessments/2024/audit?format=csv").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("period.stage")));
        mvc.perform(get("/assessments/2024/units/hai-truong/items/1.1.1/history").with(as("appraiser")))
                .andExpect(status().isOk());
        mvc.perform(get("/assessments/2024/units/hai-truong").with(as("appraiser")).param("lang", "en"))
                .andExpect(status().isOk());
    }
}
