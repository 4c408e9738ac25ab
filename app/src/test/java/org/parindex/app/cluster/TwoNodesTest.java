package org.parindex.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.support.EmbeddedPostgresServer;
import org.parindex.app.support.MailServer;
import org.parindex.app.support.RunningApp;

/**
 * Two application nodes on one PostgreSQL, as a province runs them behind a load balancer without sticky sessions:
 * each request of a user may land on either node. Sessions, sheets, evidence and the published pages' versions are
 * all in the database, so what one node did is what the other shows; the daily deadline reminders (here every
 * second on both nodes) reach an officer once.
 */
class TwoNodesTest {

    private static final int SMTP = MailServer.freePort();

    @RegisterExtension
    static GreenMailExtension mail = MailServer.on(SMTP);

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern OFFICER_EMAIL = Pattern.compile("action=\"/admin/users/(\\d+)/email\""
            + "(?:(?!</form>).)*?aria-label=\"Thư điện tử của can-bo-hai-an\"", Pattern.DOTALL);
    private static final String SHEET = "/assessments/2023-H1/units/hai-an";
    private static final String PERIOD = "/assessments/2023-H1";

    @TempDir
    Path dir;

    @Test
    void aUserMovesBetweenNodesAndEachNodeShowsWhatTheOtherDid() throws Exception {
        String url = EmbeddedPostgresServer.newDatabase();
        String[] settings = {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--parindex.sessions=database",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP, "--parindex.reminders.cron=* * * * * *",
                "--parindex.reminders.days-before=10"};
        java.nio.file.Files.createDirectories(dir.resolve("a"));
        java.nio.file.Files.createDirectories(dir.resolve("b"));
        try (RunningApp a = RunningApp.start(dir.resolve("a"), settings);
             RunningApp b = RunningApp.start(dir.resolve("b"), settings)) {
            RunningApp visitorOfB = b.newVisitor();
            var ranking = visitorOfB.get("/results/2023-H1");
            String tag = ranking.headers().firstValue("ETag").orElseThrow();
            assertThat(visitorOfB.get("/results/2023-H1", "If-None-Match", tag).statusCode()).isEqualTo(304);
            String unitPage = "/units/hai-truong?period=2023-H1";
            String unitTag = visitorOfB.get(unitPage).headers().firstValue("ETag").orElseThrow();
            assertThat(visitorOfB.get(unitPage, "If-None-Match", unitTag).statusCode()).isEqualTo(304);

            a.login("admin", "admin-demo");
            b.sameBrowserAs(a);
            assertThat(b.get("/assessments").statusCode()).as("logged in on A, still logged in on B").isEqualTo(200);
            Matcher officer = OFFICER_EMAIL.matcher(b.get("/admin/users").body());
            assertThat(officer.find()).isTrue();
            assertThat(b.post("/admin/users", "/admin/users/" + officer.group(1) + "/email",
                    Map.of("email", "canbo@haian.gov.vn")).statusCode()).isEqualTo(302);
            assertThat(b.post(PERIOD, PERIOD + "/reopen", Map.of("version", version(b, PERIOD),
                    "reason", "Sửa điểm")).statusCode()).isEqualTo(302);

            String read = version(a, SHEET);
            var saved = b.post(SHEET, SHEET + "/save", Map.of("version", read, "v.1.1.1", "no",
                    "n.1.1.1", "lưu trên nút B"));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(a.get(SHEET).body()).as("a save on B is seen on A").contains("lưu trên nút B");

            var stale = a.post(SHEET, SHEET + "/save", Map.of("version", read, "v.1.1.1", "yes",
                    "n.1.1.1", "lưu trên nút A"));
            assertThat(stale.statusCode()).isEqualTo(302);
            String after = b.get(stale.headers().firstValue("Location").orElseThrow()).body();
            assertThat(after).as("refused, and the message follows the user to B")
                    .contains("Người khác vừa lưu bản đánh giá này");
            assertThat(b.get(SHEET).body()).contains("lưu trên nút B").doesNotContain("lưu trên nút A");

            byte[] pdf = ("%PDF-1.4\n1 0 obj << >> endobj\n" + " ".repeat(300) + "\n%%EOF\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            String id = evidenceUploadedByTheOfficer(a, pdf);
            RunningApp officerOnB = b.newVisitor();
            officerOnB.sameBrowserAs(a);
            var downloaded = officerOnB.download("/evidence/" + id);
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.body()).as("uploaded on A, downloaded on B").isEqualTo(pdf);

            a.login("admin", "admin-demo");
            remindedOnceThoughBothNodesTry(b);
            for (String step : new String[] {"advance", "lock", "publish"}) {
                step(a, PERIOD, step);
            }
            var republished = visitorOfB.get("/results/2023-H1", "If-None-Match", tag);
            assertThat(republished.statusCode()).as("published on A: B's kept ranking is dropped").isEqualTo(200);
            assertThat(republished.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
            assertThat(republished.body()).isNotEqualTo(ranking.body());
            var unitAgain = visitorOfB.get(unitPage, "If-None-Match", unitTag);
            assertThat(unitAgain.statusCode()).as("and B's kept unit page too").isEqualTo(200);
            assertThat(unitAgain.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(unitTag);
        }
    }

    /** Both nodes run the reminders every second; Hải An's officer gets one e-mail, and one reminder is recorded. */
    private static void remindedOnceThoughBothNodesTry(RunningApp admin) throws Exception {
        for (int i = 0; i < 300 && mail.getReceivedMessages().length == 0; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(3_000);
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("Xã Hải An gửi bản tự đánh giá Năm 2026");
        String page = admin.get("/admin/reminders").body();
        String sent = page.substring(page.indexOf("id=\"sent\""));
        assertThat(sent.split("Xã Hải An", -1)).as("one reminder row").hasSize(2);
    }

    /** The admin opens a period of Hải An (on A); its officer attaches a file to a sheet item (on A): its id. */
    private static String evidenceUploadedByTheOfficer(RunningApp a, byte[] pdf) throws Exception {
        Matcher framework = Pattern.compile("<option value=\"(\\d+)\"").matcher(a.get("/assessments").body());
        assertThat(framework.find()).isTrue();
        java.time.LocalDate today = java.time.LocalDate.now();
        var opened = a.post("/assessments", "/assessments/open", Map.of("code", "2026", "name", "Năm 2026",
                "framework", framework.group(1), "units", "hai-an", "selfDue", today.plusDays(9).toString(),
                "round1Due", today.plusDays(12).toString(), "explanationsDue", today.plusDays(20).toString()));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        step(a, "/assessments/2026", "advance");
        a.login("can-bo-hai-an", "can-bo-demo");
        String sheet = "/assessments/2026/units/hai-an";
        var uploaded = a.upload(sheet, sheet + "/evidence/one", "file", Map.of("ke-hoach.pdf", pdf),
                Map.of("node", "1.1.1"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        Matcher id = ID.matcher(uploaded.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** A step of the period's workflow, confirmed, done without an error. */
    private static void step(RunningApp app, String period, String step) throws Exception {
        var answer = app.post(period, period + "/" + step, Map.of("version", version(app, period), "confirm", "yes"));
        assertThat(answer.statusCode()).isEqualTo(302);
        String shown = app.get(answer.headers().firstValue("Location").orElseThrow()).body();
        assertThat(shown).as(step + ": " + shown.replaceAll("(?s).*?(<div class=\"alert[^<]*).*", "$1"))
                .doesNotContain("alert-danger");
    }

    private static String version(RunningApp app, String page) throws Exception {
        Matcher m = VERSION.matcher(app.get(page).body());
        assertThat(m.find()).as("a version on " + page).isTrue();
        return m.group(1);
    }
}
