package org.parindex.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.parindex.app.support.RunningApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** What an attacker or a clumsy user sends: every refusal is a 4xx with a message, and nothing breaks for others. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"parindex.demo=true",
    "spring.servlet.multipart.max-file-size=2MB"})
@AutoConfigureMockMvc
class HostileInputTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Periods periods;
    @Autowired org.parindex.app.assessments.PeriodLifecycle lifecycle;
    @Autowired org.parindex.app.frameworks.Frameworks frameworks;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    MockHttpServletResponse as(String who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return result(who, request).getResponse();
    }

    MvcResult result(String who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (who != null) {
            request.with(user(users.loadUserByUsername(who)));
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void aPeriodCodeThatIsAPathIsRefusedByTheOpenForm() throws Exception {
        var answer = result("admin", post("/assessments/open").with(csrf()).param("code", "../../x").param("name", "X")
                .param("framework", "1").param("units", "hai-truong").param("selfDue", "2030-01-01")
                .param("round1Due", "2030-02-01").param("explanationsDue", "2030-03-01")
                .header("Referer", "http://localhost/assessments"));
        assertThat(answer.getResponse().getStatus()).isEqualTo(400);   // the form again, the problem beside the code
        assertThat(answer.getResponse().getContentAsString()).contains("id=\"open-code-problem\"")
                .contains("Mã “../../x” không dùng được").contains("Gợi ý: x").contains("value=\"../../x\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM periods WHERE code = '../../x'").query(Integer.class).single()).isZero();
    }

    @Test
    void oneBadRowNeverTakesAPublicPageDownAndNeverReachesTheExport() throws Exception {
        jdbc.sql("""
                INSERT INTO periods (code, name, framework_id, status, ordinal, version)
                SELECT '../../evil', 'Kỳ hỏng', framework_id, 'PUBLISHED', 99, 0 FROM periods WHERE code = '2023-H1'""")
                .update();
        jdbc.sql("INSERT INTO period_units (period_code, unit_code) VALUES ('../../evil', 'hai-truong')").update();
        try {
            assertThat(as(null, get("/")).getStatus()).isEqualTo(200);
            assertThat(as("admin", get("/assessments")).getStatus()).isEqualTo(200);
            assertThat(as("can-bo-hai-truong", get("/assessments")).getStatus()).isEqualTo(200);
            assertThat(as("viewer", get("/units/hai-truong")).getStatus()).isEqualTo(200);
            var zip = as("admin", get("/admin/bundles/export"));
            assertThat(zip.getStatus()).isEqualTo(200);
            assertThat(entries(zip.getContentAsByteArray())).allMatch(n -> !n.contains("..") && !n.startsWith("/"))
                    .noneMatch(n -> n.contains("evil"));
        } finally {
            jdbc.sql("DELETE FROM period_units WHERE period_code = '../../evil'").update();
            jdbc.sql("DELETE FROM periods WHERE code = '../../evil'").update();
        }
    }

    /** Every page and API that shows a unit's result, for its own officer, while 2023-H1 is locked (not published). */
    @Test
    void anOfficerNeverSeesTheirUnitsLockedResultAnywhere() throws Exception {
        var p = periods.find("2023-H1").orElseThrow();
        periods.save(p.withStatus(PeriodStatus.LOCKED));
        try {
            String officer = "can-bo-hai-truong";
            assertThat(as(officer, get("/units/hai-truong").param("period", "2023-H1")).getStatus()).isEqualTo(403);
            assertThat(as(officer, get("/api/v1/units/hai-truong").param("period", "2023-H1")).getStatus()).isEqualTo(403);
            assertThat(as(officer, get("/results/2023-H1")).getStatus()).isEqualTo(403);
            assertThat(as(officer, get("/api/v1/periods/2023-H1/results")).getStatus()).isEqualTo(403);
            for (String page : List.of("/units/hai-truong", "/api/v1/units/hai-truong", "/units/hai-truong?period=2022",
                    "/api/v1/units/hai-truong?period=2022", "/")) {
                var answer = as(officer, get(page));
                assertThat(answer.getStatus()).as(page).isEqualTo(200);
                assertThat(answer.getContentAsString()).as(page).doesNotContain("2023-H1", "6 tháng đầu năm 2023");
            }
            assertThat(as("viewer", get("/api/v1/units/hai-truong")).getContentAsString()).contains("\"2023-H1\"");
            assertThat(as("viewer", get("/units/hai-truong")).getContentAsString()).contains("6 tháng đầu năm 2023");
        } finally {
            var locked = periods.find("2023-H1").orElseThrow();
            periods.save(locked.withStatus(PeriodStatus.PUBLISHED));
        }
    }

    @Test
    void securityHeadersOnEveryPageAndRedirectsOnlyToLocalPaths() throws Exception {
        var home = as(null, get("/"));
        assertThat(home.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
                "object-src 'none'", "frame-ancestors 'self'");
        assertThat(home.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(home.getHeader("Permissions-Policy")).contains("camera=()");
        var login = as(null, get("/assessments").with(r -> {
            r.setServerName("evil.example");
            return r;
        }).header("Host", "evil.example"));
        assertThat(login.getRedirectedUrl()).isEqualTo("/login");
        for (String referer : new String[] {"http://localhost//evil.example/x", "//evil.example/x", "http://[::1",
            "javascript:alert(1)", "http://localhost/\\evil.example"}) {
            var back = as("admin", post("/assessments/2023-H1/lock").with(csrf()).param("version", "0")
                    .header("Referer", referer));
            assertThat(back.getStatus()).as(referer).isEqualTo(302);
            assertThat(back.getRedirectedUrl()).as(referer).startsWith("/").doesNotStartWith("//")
                    .doesNotContain("evil", "\\", "javascript");
        }
    }

    /** A period open for self-assessment, where the officer of Hải Trường types and uploads. */
    private void openPeriod(String code) {
        if (periods.find(code).isPresent()) {
            return;
        }
        var admin = new org.parindex.app.accounts.Viewer("admin", org.parindex.app.accounts.Role.ADMIN, null);
        java.time.LocalDate today = java.time.LocalDate.now();
        lifecycle.open(admin, code, "Năm " + code, frameworks.all().get(frameworks.all().size() - 1).id(),
                List.of("hai-truong"), today.plusDays(5), today.plusDays(12), today.plusDays(8), null);
        lifecycle.advance(admin, code, periods.find(code).orElseThrow().version());
    }

    @Test
    void aLongNoteOrValueOrQuestionIsRefusedWithAMessage() throws Exception {
        openPeriod("2031");
        String sheet = "/assessments/2031/units/hai-truong";
        for (String[] typed : new String[][] {{"yes", "ghi chú ".repeat(600)}, {"9".repeat(300), ""}}) {
            var answer = result("can-bo-hai-truong", post(sheet + "/save").with(csrf()).param("version", "0")
                    .param("v.1.1.1", typed[0]).param("n.1.1.1", typed[1]).header("Referer", "http://localhost" + sheet));
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(String.valueOf(answer.getFlashMap().get("error"))).as(answer.getFlashMap().toString()).contains("1.1.1");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scores WHERE period_code = '2031'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void unknownThingsInUrlsAre404() throws Exception {
        assertThat(as("admin", get("/assessments/2023-H1/units/hai-truong/items/9.9.9/history")).getStatus())
                .isEqualTo(404);
        assertThat(as("admin", get("/assessments/no-such/audit")).getStatus()).isEqualTo(404);
        assertThat(as("admin", get("/assessments/no-such/audit").param("format", "csv")).getStatus()).isEqualTo(404);
        assertThat(as("admin", get("/admin/bundles/export").param("period", "no-such")).getStatus()).isEqualTo(404);
        assertThat(as("can-bo-hai-truong", post("/assessments/2023-H1/units/hai-an/accept").with(csrf())
                .param("field", "1").param("version", "0")).getStatus()).isEqualTo(403);
    }

    @Test
    void aZipHoldingAFileAndAFolderOfTheSameNameIsRefused() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String name : new String[] {"bundle.yaml", "scores", "scores/x"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes());
                zip.closeEntry();
            }
        }
        var answer = as("admin", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/admin/bundles/preview").file(new org.springframework.mock.web.MockMultipartFile("file",
                        "b.zip", "application/zip", bytes.toByteArray())).with(csrf()));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).contains("scores/x");
    }

    @Test
    void aNulInAnEvidenceFileNameIsRefusedWithAMessage() throws Exception {
        openPeriod("2031");
        var answer = as("can-bo-hai-truong", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/assessments/2031/units/hai-truong/evidence/one").file(
                        new org.springframework.mock.web.MockMultipartFile("file", "a\u0000.pdf", "application/pdf",
                                "%PDF-1.4\n".getBytes())).param("node", "1.1.1").with(csrf()));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentType()).startsWith("application/json");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** Through the real server (Tomcat's own limits apply): a folder of 1,500 files, an evidence file over the limit. */
    @Test
    void aFolderOf1500FilesReachesTheCheckAndAnOversizedDropAnswersJson() throws Exception {
        var app = RunningApp.at(port);
        app.login("admin", "admin-demo");
        java.util.Map<String, byte[]> folder = new java.util.LinkedHashMap<>();
        folder.put("b/bundle.yaml", "format: parindex/bundle@1\n".getBytes());
        for (int i = 0; i < 1_500; i++) {
            folder.put("b/extra/f" + i + ".txt", "x".getBytes());
        }
        var preview = app.upload("/admin/bundles", "/admin/bundles/preview-folder", "files", folder, java.util.Map.of());
        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body()).contains("bundle.yaml");
        openPeriod("2031");
        app.login("can-bo-hai-truong", "can-bo-demo");
        var drop = app.upload("/assessments/2031/units/hai-truong", "/assessments/2031/units/hai-truong/evidence/one",
                "file", java.util.Map.of("big.pdf", new byte[3 * 1024 * 1024]), java.util.Map.of("node", "1.1.1"));
        assertThat(drop.statusCode()).isEqualTo(413);
        assertThat(drop.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(drop.body()).contains("\"error\"");
    }

    @Test
    void aTruncatedZipIsRefusedWithAMessage() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bundle.yaml"));
            zip.write(new byte[200_000]);
            zip.closeEntry();
        }
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        var answer = as("admin", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/admin/bundles/preview").file(new org.springframework.mock.web.MockMultipartFile("file",
                        "b.zip", "application/zip", cut)).with(csrf()));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).contains("cut short");
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

}
