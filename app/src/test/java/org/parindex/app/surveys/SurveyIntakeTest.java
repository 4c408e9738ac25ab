package org.parindex.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.indicators.ApiTokens;
import org.parindex.app.indicators.TokenScope;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.parindex.app.support.OpenPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An admin defines a period's survey and imports responses (a bad row refuses the whole file, naming its line);
 * citizens answer on the public form with one-time codes: a code answers once (a double submission or a replayed
 * code stores nothing), wrong codes are refused, and an address is rate limited.
 */
@SpringBootTest(properties = {"parindex.demo=false", "parindex.public-url=https://cchc.example.gov.vn/"})
@AutoConfigureMockMvc
class SurveyIntakeTest {

    static final String SURVEY = """
            format: parindex/survey@1
            title: Khảo sát SIPAS 2026
            minResponses: 2
            scales:
              - code: hai-long
                labels: [Rất không hài lòng, Không hài lòng, Bình thường, Hài lòng, Rất hài lòng]
                satisfiedFrom: 4
            factors:
              - code: access
                name: Tiếp cận dịch vụ
                questions:
                  - { code: tc1, text: Dễ tìm thông tin về thủ tục }
              - code: results
                name: Kết quả giải quyết
                questions:
                  - { code: kq1, text: Nhận kết quả đúng hẹn }
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Surveys surveys;
    @Autowired ApiTokens tokens;
    @Autowired BundleImport bundles;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @TempDir Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @BeforeEach
    void anOpenPeriod() {
        Database.empty(jdbc);
        accounts.create("admin", "Quản trị", "admin-password", Role.ADMIN, null);
        OpenPeriod.of2026(bundles, lifecycle, periods, dir);
    }

    private MockHttpServletResponse upload(String path, String text) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart(path).file(new MockMultipartFile("file", "f", "text/plain",
                text.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private int responses() {
        return jdbc.sql("SELECT COUNT(*) FROM survey_responses").query(Integer.class).single();
    }

    @Test
    void aDefinitionAndAResponsesFileAreCheckedWholeBeforeAnythingIsWritten() throws Exception {
        MockHttpServletResponse bad = upload("/admin/surveys/2026/definition", SURVEY.replace("code: access", "code: speed"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("surveys/2026.yaml:9: factor &quot;speed&quot; is not a SIPAS factor");
        assertThat(surveys.definition("2026")).isEmpty();

        assertThat(upload("/admin/surveys/2026/definition", SURVEY).getStatus()).isEqualTo(302);
        MockHttpServletResponse badRows = upload("/admin/surveys/2026/responses", """
                unit,tc1,kq1
                hai-truong,5,4
                hai-nowhere,5,4
                hai-truong,7,
                """);
        assertThat(badRows.getStatus()).isEqualTo(400);
        assertThat(badRows.getContentAsString()).contains("surveys/2026.csv:3: unknown unit &quot;hai-nowhere&quot;",
                "surveys/2026.csv:4: question tc1: &quot;7&quot; is not an answer");
        assertThat(responses()).isZero();

        assertThat(upload("/admin/surveys/2026/responses", "unit,tc1,kq1\nhai-truong,5,4\nhai-truong,2,4\nhai-an,5,\n")
                .getStatus()).isEqualTo(302);
        assertThat(responses()).isEqualTo(3);
        var ht = surveys.satisfaction("2026").get("hai-truong");
        assertThat(ht.factors().get("access").percent()).isEqualTo(50.0);
        assertThat(ht.overall().percent()).isEqualTo(75.0);
        assertThat(ht.belowMinimum()).isFalse();
        assertThat(surveys.satisfaction("2026").get("hai-an").belowMinimum()).isTrue();
        MockHttpServletResponse page = mvc.perform(get("/admin/surveys?period=2026")
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
        page.setCharacterEncoding("UTF-8");
        assertThat(page.getContentAsString()).contains("75,00%", "chưa đủ phiếu");
    }

    @Test
    void responsesComeAsAWorkbookTooEveryBadRowNamedAtItsCellAndNothingKept() throws Exception {
        surveys.define("2026", SURVEY, "admin");
        MockHttpServletResponse bad = uploadFile("/admin/surveys/2026/responses", "phieu.xlsx",
                workbook(new Object[] {"unit", "tc1", "kq1"}, new Object[] {"hai-truong", 5, 4},
                        new Object[] {"hai-nowhere", 5, 4}, new Object[] {"hai-truong", 7, null}));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Phiếu!A3: unknown unit &quot;hai-nowhere&quot;",
                "Phiếu!B4: question tc1: &quot;7&quot; is not an answer");
        assertThat(responses()).isZero();

        MockHttpServletResponse notAWorkbook = uploadFile("/admin/surveys/2026/responses", "phieu.xlsx",
                "unit,tc1\nhai-truong,5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.getStatus()).isEqualTo(400);
        assertThat(notAWorkbook.getContentAsString()).contains("not an .xlsx workbook");

        assertThat(uploadFile("/admin/surveys/2026/responses", "phieu.xlsx", workbook(
                new Object[] {"unit", "tc1", "kq1"}, new Object[] {"hai-truong", 5, 4}, new Object[] {"hai-an", 2, null}))
                .getStatus()).isEqualTo(302);
        assertThat(responses()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'survey.import'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    private MockHttpServletResponse uploadFile(String path, String name, byte[] bytes) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart(path).file(new MockMultipartFile("file", name,
                "application/octet-stream", bytes)).with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    /** A workbook made here, at test time: one sheet "Phiếu", numbers as number cells, null as no cell. */
    private static byte[] workbook(Object[]... rows) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Phiếu");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aCodeAnswersOnceAndAReplayOrAWrongCodeStoresNothing() throws Exception {
        surveys.define("2026", SURVEY, "admin");
        List<String> codes = surveys.issueCodes("2026", "hai-truong", 2, "admin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_codes WHERE code_hash = :c").param("c", codes.get(0))
                .query(Integer.class).single()).isZero();   // only hashes are stored

        assertThat(answer(codes.get(0), "", "").getStatus()).isEqualTo(400);     // no answer: the code is not spent
        MockHttpServletResponse ok = answer(codes.get(0).toLowerCase(), "5", "4");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("id=\"thanks\"");
        MockHttpServletResponse replay = answer(codes.get(0), "1", "1");
        assertThat(replay.getStatus()).isEqualTo(409);
        assertThat(replay.getContentAsString()).contains("đã được dùng");
        assertThat(answer("WRONGCODE1", "5", "5").getStatus()).isEqualTo(409);
        assertThat(answer(codes.get(1), "9", "4").getStatus()).isEqualTo(400);    // not on the scale
        assertThat(responses()).isEqualTo(1);
        assertThat(mvc.perform(post("/survey/2026/hai-an").param("code", codes.get(1)).param("q.tc1", "5").with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(409);             // a code of another unit
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void anAddressTryingTooOftenIsStopped() throws Exception {
        surveys.define("2026", SURVEY, "admin");
        int last = 0;
        for (int i = 0; i < 31; i++) {
            MockHttpServletRequestBuilder request = post("/survey/2026/hai-truong").param("code", "GUESS" + i)
                    .param("q.tc1", "5").with(csrf()).with(r -> {
                        r.setRemoteAddr("192.0.2.7");
                        return r;
                    });
            last = mvc.perform(request).andReturn().getResponse().getStatus();
        }
        assertThat(last).isEqualTo(429);
    }

    @Test
    void theFormIsPublicAndAClosedPeriodTakesNoAnswer() throws Exception {
        surveys.define("2026", SURVEY, "admin");
        MockHttpServletResponse form = mvc.perform(get("/survey/2026/hai-truong?code=ABC")).andReturn().getResponse();
        form.setCharacterEncoding("UTF-8");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Dễ tìm thông tin về thủ tục", "value=\"ABC\"");
        assertThat(mvc.perform(get("/survey/2031/hai-truong")).andReturn().getResponse().getStatus()).isEqualTo(404);
        surveys.imported("2023-H1", SURVEY, List.of(), "test");                    // a published period
        MockHttpServletResponse closed = mvc.perform(post("/survey/2023-H1/hai-truong").param("code", "ABCDEFGHJK")
                .param("q.tc1", "5").with(csrf())).andReturn().getResponse();
        closed.setCharacterEncoding("UTF-8");
        assertThat(closed.getStatus()).isEqualTo(400);
        assertThat(closed.getContentAsString()).contains("không nhận thêm phiếu");
        assertThat(responses()).isZero();
    }

    @Test
    void aSurveySystemSendsAResponsesFileWithItsToken() throws Exception {
        surveys.define("2026", SURVEY, "admin");
        String survey = tokens.create("Hệ thống khảo sát", TokenScope.SURVEYS, "admin").secret();
        String indicators = tokens.create("Cổng DVC", TokenScope.INDICATORS, "admin").secret();

        assertThat(send(indicators, "unit,tc1\nhai-truong,5\n").getStatus()).isEqualTo(403);
        MockHttpServletResponse bad = send(survey, "unit,tc1\nhai-truong,5\nhai-truong,0\n");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("surveys/2026.csv:3: question tc1: \\\"0\\\" is not an answer");
        assertThat(responses()).isZero();
        MockHttpServletResponse ok = send(survey, "unit,tc1,kq1\nhai-truong,5,4\nhai-an,3,\n");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("\"added\":2");
        assertThat(responses()).isEqualTo(2);

        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        MockHttpServletResponse badBook = mvc.perform(post("/api/v1/survey-responses").param("period", "2026")
                .header("Authorization", "Bearer " + survey).contentType(xlsx)
                .content(workbook(new Object[] {"unit", "kq1"}, new Object[] {"hai-truong", 0}))).andReturn().getResponse();
        badBook.setCharacterEncoding("UTF-8");
        assertThat(badBook.getStatus()).isEqualTo(400);
        assertThat(badBook.getContentAsString()).contains("Phiếu!B2: question kq1");
        assertThat(responses()).isEqualTo(2);
        assertThat(mvc.perform(post("/api/v1/survey-responses").param("period", "2026")
                .header("Authorization", "Bearer " + survey).contentType(xlsx)
                .content(workbook(new Object[] {"unit", "kq1"}, new Object[] {"hai-truong", 5}))).andReturn()
                .getResponse().getContentAsString()).contains("\"added\":1");
        assertThat(responses()).isEqualTo(3);
    }

    @Test
    void theLinkAndQrCodeUseTheConfiguredPublicAddressNotTheRequestsHost() throws Exception {
        surveys.define("2026", SURVEY, "admin");
        MockHttpServletResponse page = mvc.perform(post("/admin/surveys/2026/codes").param("unit", "hai-truong")
                .param("count", "1").header("Host", "attacker.example:8080").with(r -> {
                    r.setServerName("attacker.example");
                    return r;
                }).with(csrf()).with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
        page.setCharacterEncoding("UTF-8");
        String html = page.getContentAsString();
        String expected = "https://cchc.example.gov.vn/survey/2026/hai-truong";
        assertThat(html).contains("<code id=\"survey-link\">" + expected + "</code>").doesNotContain("attacker");
        assertThat(qrText(html)).isEqualTo(expected);
    }

    /** Reads the page's QR code back (the SVG's squares, without the 2-module margin) with zxing's decoder. */
    private static String qrText(String html) throws Exception {
        var size = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) ").matcher(html);
        assertThat(size.find()).isTrue();
        int n = Integer.parseInt(size.group(1)) - 4;
        var bits = new com.google.zxing.common.BitMatrix(n);
        var square = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(html);
        while (square.find()) {
            bits.set(Integer.parseInt(square.group(1)) - 2, Integer.parseInt(square.group(2)) - 2);
        }
        return new com.google.zxing.qrcode.decoder.Decoder().decode(bits).getText();
    }

    private MockHttpServletResponse send(String token, String csv) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/survey-responses").param("period", "2026")
                .header("Authorization", "Bearer " + token).contentType("text/csv").content(csv))
                .andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private MockHttpServletResponse answer(String code, String tc1, String kq1) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/survey/2026/hai-truong").param("code", code)
                .param("q.tc1", tc1).param("q.kq1", kq1).with(csrf())).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }
}
