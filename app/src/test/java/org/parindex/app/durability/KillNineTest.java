package org.parindex.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.support.EmbeddedPostgresServer;
import org.parindex.app.support.RunningApp;

/**
 * What the user was told is saved survives kill -9 right after the answer: a sheet save, a lock and a publish, on the
 * embedded default (H2 file) and on PostgreSQL. Each step runs in a new process of the app, killed right after its
 * answer; the database is then read as it is on disk.
 */
class KillNineTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void onTheEmbeddedDefault() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("parindex");
        saveLockPublishEachKilled(url, "sa", "");
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderEndsWithOneClearMessage() throws Exception {
        try (RunningApp first = RunningApp.start(dir)) {
            var second = RunningApp.startFailing(dir);
            assertThat(second.getKey()).isEqualTo(1);
            assertThat(second.getValue()).contains("data folder is in use by another running ParIndex")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void onPostgres() throws Exception {
        String url = EmbeddedPostgresServer.newDatabase();
        saveLockPublishEachKilled(url, "postgres", "postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
    }

    private void saveLockPublishEachKilled(String url, String user, String password, String... settings) throws Exception {
        try (RunningApp app = RunningApp.start(dir, settings)) {
            // the port opens only when the demo data is in: the very first answer already shows it
            assertThat(app.get("/").body()).contains("6 tháng đầu năm 2023");
            // as served by the real server: a relative redirect (never from the Host header), a SameSite cookie
            var refused = app.getAsNewVisitor("/assessments");
            assertThat(refused.headers().firstValue("Location")).hasValue("/login");
            assertThat(refused.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("SameSite=Lax"));
            assertThat(app.get("/actuator/health/readiness").body()).contains("UP");
            assertThat(app.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            app.login("admin", "admin-demo");
            assertThat(app.post("/assessments/2023-H1", "/assessments/2023-H1/reopen",
                    Map.of("version", version(app, "/assessments/2023-H1"), "reason", "Sửa điểm")).statusCode())
                    .isEqualTo(302);
            String sheet = "/assessments/2023-H1/units/hai-an";
            var saved = app.post(sheet, sheet + "/save", Map.of("version", version(app, sheet), "v.1.1.1", "no",
                    "n.1.1.1", "kill -9"));
            app.kill();
            assertThat(saved.statusCode()).isEqualTo(302);
        }
        assertThat(query(url, user, password, "SELECT COUNT(*) FROM scores WHERE period_code = '2023-H1'"
                + " AND unit_code = 'hai-an' AND node_code = '1.1.1' AND note = 'kill -9'")).isEqualTo("1");
        for (String step : new String[] {"lock", "publish"}) {
            try (RunningApp app = RunningApp.start(dir, settings)) {
                app.login("admin", "admin-demo");
                if (step.equals("lock")) {   // after round 1, the explanations; then the lock
                    assertThat(app.post("/assessments/2023-H1", "/assessments/2023-H1/advance",
                            Map.of("version", version(app, "/assessments/2023-H1"), "confirm", "yes")).statusCode())
                            .isEqualTo(302);
                }
                var answer = app.post("/assessments/2023-H1", "/assessments/2023-H1/" + step,
                        Map.of("version", version(app, "/assessments/2023-H1"), "confirm", "yes"));
                app.kill();
                assertThat(answer.statusCode()).isEqualTo(302);
            }
            assertThat(query(url, user, password, "SELECT status FROM periods WHERE code = '2023-H1'"))
                    .isEqualTo(step.equals("lock") ? "LOCKED" : "PUBLISHED");
        }
    }

    private static String version(RunningApp app, String page) throws Exception {
        Matcher m = VERSION.matcher(app.get(page).body());
        assertThat(m.find()).as("a version on " + page).isTrue();
        return m.group(1);
    }

    private static String query(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
