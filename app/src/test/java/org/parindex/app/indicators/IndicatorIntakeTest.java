package org.parindex.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.parindex.app.support.OpenPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Systems send indicator values through POST /api/v1/indicators with their token, and an admin uploads an indicator
 * file: refusals (wrong, revoked or other-scope token, bad JSON, a huge body, an unknown unit or period, a closed
 * period, a file with problems) answer with a clear message and write nothing; re-sending is a no-op; a changed value
 * is a new observation and the old one is kept.
 */
@SpringBootTest(properties = "parindex.demo=false")
@AutoConfigureMockMvc
class IndicatorIntakeTest {


    @Autowired MockMvc mvc;
    @Autowired org.parindex.app.assessments.ScoreEntry entry;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired Observations observations;
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

    private static String body(String value) {
        return """
                {"period": "2026", "observations": [
                  {"unit": "hai-truong", "indicator": "online-dossier-rate", "date": "2026-03-31", "value": %s,
                   "source": "Cổng DVC"},
                  {"unit": "hai-an", "indicator": "on-time-rate", "date": "2026-03-31", "value": "97.5",
                   "source": "Cổng DVC"}]}""".formatted(value);
    }

    private MockHttpServletResponse send(String token, String json) throws Exception {
        var request = post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content(json);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private int stored() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator_observations").query(Integer.class).single();
    }

    @Test
    void aSystemSendsValuesReSendingIsANoOpAndAChangeKeepsTheOldValue() throws Exception {
        String token = tokens.create("Cổng DVC", TokenScope.INDICATORS, "admin").secret();

        MockHttpServletResponse first = send(token, body("4.8"));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("\"added\":2", "\"unchanged\":0");
        assertThat(send(token, body("4.8")).getContentAsString()).contains("\"added\":0", "\"unchanged\":2");
        assertThat(send(token, body("6")).getContentAsString()).contains("\"added\":1", "\"unchanged\":1");

        assertThat(stored()).isEqualTo(3);
        assertThat(observations.of("2026")).extracting(o -> o.unit() + " " + o.value())
                .containsExactlyInAnyOrder("hai-truong 6", "hai-an 97.5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'indicators.receive' "
                + "AND actor = 'system:Cổng DVC'").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theSheetCountsAFedItemBeforeTheUnitsFirstSave() throws Exception {
        var before = entry.totals("2026", "hai-truong", org.parindex.core.bundle.Stage.SELF);
        String token = tokens.create("Cổng DVC", TokenScope.INDICATORS, "admin").secret();
        assertThat(send(token, body("25")).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scores WHERE period_code = '2026'").query(Integer.class)
                .single()).as("nothing typed yet").isZero();
        var after = entry.totals("2026", "hai-truong", org.parindex.core.bundle.Stage.SELF);
        assertThat(after.points()).isGreaterThan(before.points());
        assertThat(after.nodes().entrySet().stream().filter(e -> e.getValue().points() > 0).map(e -> e.getKey())
                .toList()).as("the fed item and its parents").isNotEmpty();
    }

    @Test
    void wrongRevokedAndOtherScopeTokensAreRefusedAndNothingIsWritten() throws Exception {
        ApiTokens.Created revoked = tokens.create("Kho bạc", TokenScope.INDICATORS, "admin");
        tokens.revoke(revoked.token().id(), "admin");
        String surveys = tokens.create("Phiếu khảo sát", TokenScope.SURVEYS, "admin").secret();

        assertThat(send(null, body("4.8")).getStatus()).isEqualTo(401);
        MockHttpServletResponse wrong = send("pxi_not-a-token", body("4.8"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(send(revoked.secret(), body("4.8")).getContentAsString()).contains("unknown or revoked token");
        MockHttpServletResponse scope = send(surveys, body("4.8"));
        assertThat(scope.getStatus()).isEqualTo(403);
        assertThat(scope.getContentAsString()).contains("this token may send surveys only");
        assertThat(stored()).isZero();
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String token = tokens.create("Cổng DVC", TokenScope.INDICATORS, "admin").secret();

        assertThat(send(token, "{\"period\": \"2026\", \"observations\": [").getContentAsString())
                .contains("body: not valid JSON");
        assertThat(send(token, body("4.8").replace("\"date\": \"2026-03-31\", ", "")).getContentAsString())
                .contains("observations[0].date: missing");
        assertThat(send(token, body("4.8").replace("\"source\": \"Cổng DVC\"}", "\"source\": \"Cổng DVC\", \"src\": 1}"))
                .getContentAsString()).contains("observations[0].src: unknown field");
        assertThat(send(token, body("6").replace("\"source\": \"Cổng DVC\"}", "\"source\": \"Cổng DVC\", "
                + "\"numerator\": 24, \"denominator\": 500}")).getContentAsString())
                .contains("observations[0]: value 6 is not numerator / denominator = 24 / 500 × 100");
        MockHttpServletResponse unknown = send(token, body("4.8").replace("\"hai-an\"", "\"hai-nowhere\""));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("observations[1]: unknown unit \\\"hai-nowhere\\\"");
        assertThat(send(token, body("4.8").replace("on-time-rate", "speed")).getContentAsString())
                .contains("observations[1]: unknown indicator \\\"speed\\\"");
        assertThat(send(token, body("140")).getContentAsString()).contains("outside 0..100");
        assertThat(send(token, body("4.8").replace("\"2026\"", "\"2031\"")).getStatus()).isEqualTo(404);
        assertThat(send(token, body("4.8").replace("\"2026\"", "\"2023-H1\"")).getStatus()).isEqualTo(409);
        String huge = body("4.8") + " ".repeat(1_100_000);
        assertThat(send(token, huge).getStatus()).isEqualTo(413);
        assertThat(stored()).isZero();
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/admin/indicators/tokens").param("name", "Cổng DVC")
                .param("scope", "INDICATORS").with(csrf()).with(admin())).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        ApiToken token = tokens.all().get(0);
        String hash = jdbc.sql("SELECT token_hash FROM api_tokens").query(String.class).single();
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(tokens.bySecret("pxi_x")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'token.create' AND detail LIKE 'Cổng DVC%'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.perform(post("/admin/indicators/tokens/" + token.id() + "/revoke").with(csrf())
                .with(user("appraiser").roles("APPRAISER"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdminUploadsAFileSeesEveryProblemThenConfirmsAGoodOne() throws Exception {
        MockHttpServletResponse bad = upload("""
                unit,indicator,date,value,source
                hai-nowhere,online-dossier-rate,2026-03-31,4,Cổng DVC
                hai-truong,online-dossier-rate,2025-12-31,4,Cổng DVC
                """);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("indicators/2026.csv:2: unknown unit &quot;hai-nowhere&quot;",
                "indicators/2026.csv:3: date 2025-12-31 is outside period 2026");
        assertThat(stored()).isZero();

        MockHttpServletResponse good = upload("""
                unit,indicator,date,value,source
                hai-truong,online-dossier-rate,2026-03-31,4,Cổng DVC
                hai-truong,online-dossier-rate,2026-04-30,9,Cổng DVC
                """);
        assertThat(good.getStatus()).isEqualTo(200);
        assertThat(stored()).isZero();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(good.getContentAsString());
        assertThat(token.find()).isTrue();
        mvc.perform(post("/admin/indicators/import").param("token", token.group(1)).with(csrf())
                .with(admin()));
        assertThat(stored()).isEqualTo(2);
    }

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }

    private MockHttpServletResponse upload(String csv) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/admin/indicators/preview")
                .file(new MockMultipartFile("file", "chi-so.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("period", "2026").with(csrf()).with(admin())).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }
}
