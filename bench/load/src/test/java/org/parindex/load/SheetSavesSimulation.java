package org.parindex.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sheet saves by many officers of different units at once (issue 13). Each virtual officer logs in as its own
 * account (the CSRF token from the login page), opens its unit's sheet and reads the form from it as the browser
 * would (the version, the CSRF token, every item's input and the rule's choices, step and maximum); when all are
 * ready they save for a fixed time, each save changing one random item to another valid value. The logins are
 * spread over -Dramp seconds (default officers / 2), a failed login is tried again, then a rendezvous.
 * A save posts the whole form, as the browser's submit does (every item's value and note, the version, the CSRF
 * token), but without a Referer: the answer is a redirect, to the sheet when the save was accepted, to /assessments
 * when it was refused (a stale version, a value the rule does not read), so each accepted save is counted by the
 * answer alone, and the next version is the one an accepted save claims (version + 1).
 * <ul>
 *   <li>{@code -Dreload=false} (default): the officers save one item after another (the save endpoint's capacity).</li>
 *   <li>{@code -Dreload=true}: after each save the officer loads the sheet it was redirected to, as a browser does
 *       ("sheet after save", timed apart), checks its confirmation and reads the form from it again.</li>
 * </ul>
 * Properties: base, period, officers (a CSV file username,unit), password, seconds, reload, ramp. The assertions
 * are the targets (≥ 1,000 saves/s, p99 ≤ 200 ms, no failure): Gatling reports them; the script goes on.
 */
public class SheetSavesSimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://127.0.0.1:18130");
    private static final String PERIOD = System.getProperty("period", "LOAD");
    private static final String OFFICERS = System.getProperty("officers", "officers.csv");
    private static final String PASSWORD = System.getProperty("password", "load-test-pass");
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final boolean RELOAD = Boolean.parseBoolean(System.getProperty("reload", "false"));
    /** Seconds over which the logins are spread (default: officers / 5). */
    private static final Integer RAMP = Integer.getInteger("ramp");

    private static final Pattern INPUT = Pattern.compile(
            "<(select|input)\\b([^>]*\\bform=\"sheet-form\"[^>]*)>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"([^>]*)>");
    private static final Pattern VERSION = Pattern.compile(
            "id=\"sheet-form\".*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile(
            "id=\"sheet-form\".*?name=\"_csrf\" value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile(
            "<textarea[^>]*form=\"sheet-form\"[^>]*name=\"(n\\.[^\"]+)\"[^>]*>([^<]*)</textarea>", Pattern.DOTALL);

    /** One editable item of the sheet: its field name, the values its rule reads, and its current value. */
    record Item(String field, List<String> choices, double step, double max) {

        String another(String current) {
            var random = ThreadLocalRandom.current();
            for (int tries = 0; ; tries++) {
                String v;
                if (!choices.isEmpty()) {
                    v = choices.get(random.nextInt(choices.size()));
                } else if (step > 0) {
                    v = number(step * random.nextInt((int) Math.round(max / step) + 1));
                } else {
                    v = number(random.nextInt(1001) / 10.0);   // a figure the rule reads (0–100, one decimal)
                }
                if (!v.equals(current) || tries > 20) {
                    return v;
                }
            }
        }

        private static String number(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** The sheet form as the browser holds it: every field it submits, and the editable items. */
    record Form(Map<String, Object> fields, List<Item> items) { }

    static Form read(String page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        Matcher m = INPUT.matcher(page);
        while (m.find()) {
            String attrs = m.group(2);
            String name = attr(attrs, "name");
            if (name == null || !name.startsWith("v.") || attrs.contains(" disabled")) {
                continue;   // "did not arise" boxes are left as they are; a disabled input is not submitted
            }
            if (m.group(1).equals("select")) {
                int end = page.indexOf("</select>", m.end());
                List<String> choices = new ArrayList<>();
                String selected = "";
                Matcher o = OPTION.matcher(page.substring(m.end(), end));
                while (o.find()) {
                    if (!o.group(1).isEmpty()) {
                        choices.add(o.group(1));
                    }
                    if (o.group(2).contains("selected")) {
                        selected = o.group(1);
                    }
                }
                fields.put(name, selected);
                items.add(new Item(name, choices, 0, 0));
            } else {
                String step = attr(attrs, "step");
                String max = attr(attrs, "max");
                boolean stepped = step != null && !step.equals("any") && max != null;
                fields.put(name, value(attr(attrs, "value")));
                items.add(new Item(name, List.of(), stepped ? Double.parseDouble(step) : 0,
                        stepped ? Double.parseDouble(max) : 0));
            }
        }
        Matcher n = NOTE.matcher(page);
        while (n.find()) {
            fields.put(n.group(1), value(n.group(2)));
        }
        fields.put("version", group(VERSION, page));
        fields.put("_csrf", group(CSRF, page));
        return new Form(fields, items);
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    private static String value(String s) {
        return s == null ? "" : s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#39;", "'");
    }

    private static String group(Pattern p, String page) {
        Matcher m = p.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in the sheet page");
        }
        return m.group(1);
    }

    /** The form after one random item was given another valid value (the form that is posted next). */
    static Session change(Session session) {
        Form form = (Form) session.get("form");
        Item item = form.items().get(ThreadLocalRandom.current().nextInt(form.items().size()));
        Map<String, Object> fields = new LinkedHashMap<>(form.fields());
        fields.put(item.field(), item.another((String) fields.get(item.field())));
        return session.set("next", new Form(fields, form.items()));
    }

    /** After an accepted save without reloading: the posted values stand, and the sheet is one version further. */
    static Session accepted(Session session) {
        Form posted = (Form) session.get("next");
        Map<String, Object> fields = new LinkedHashMap<>(posted.fields());
        fields.put("version", Integer.toString(Integer.parseInt((String) fields.get("version")) + 1));
        return session.set("form", new Form(fields, posted.items()));
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect()
            .acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("vi")
            .userAgentHeader("ParIndex load test (Gatling)");

    private final ChainBuilder login = exec(
            http("login page").get("/login").check(status().is(200),
                    css("input[name=_csrf]", "value").saveAs("csrf")),
            http("login").post("/login").formParam("username", "#{username}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));

    private final ChainBuilder openSheet = exec(
            http("sheet").get("/assessments/" + PERIOD + "/units/#{unit}")
                    .check(status().is(200), bodyString().saveAs("page")))
            .exec(session -> session.set("form", read(session.getString("page"))).remove("page"));

    /**
     * The save: the posted form, without a Referer, so that an accepted save (redirected to the sheet) is told from a
     * refused one (redirected back to the Referer, else to /assessments) by the answer alone.
     */
    private final ChainBuilder save = exec(SheetSavesSimulation::change).exec(
            http("save").post("/assessments/" + PERIOD + "/units/#{unit}/save")
                    .formParamMap(session -> ((Form) session.get("next")).fields())
                    .check(status().is(302), header("Location").transformWithSession((l, session) ->
                            l.endsWith("/assessments/" + PERIOD + "/units/" + session.getString("unit"))).is(true)))
            .exec(SheetSavesSimulation::accepted);

    /** What the browser does next: it loads the sheet it was redirected to, which confirms the save. */
    private final ChainBuilder reload = exec(
            http("sheet after save").get("/assessments/" + PERIOD + "/units/#{unit}")
                    .check(status().is(200),
                            bodyString().transform(b -> b.contains("class=\"alert alert-success\" id=\"info\""))
                                    .is(true),
                            bodyString().saveAs("page")))
            .exec(session -> session.set("form", read(session.getString("page"))).remove("page"));

    private final int officers = (int) java.nio.file.Files.lines(java.nio.file.Path.of(OFFICERS)).count() - 1;

    private final ScenarioBuilder officer = scenario("officer saves")
            .feed(csv(OFFICERS).queue())
            .tryMax(5).on(exec(login, openSheet))
            .rendezVous(officers)
            .doIf(session -> session.contains("form")).then(
                    during(Duration.ofSeconds(SECONDS)).on(RELOAD ? exec(save, reload) : exec(save)));

    public SheetSavesSimulation() throws java.io.IOException {
        int ramp = RAMP != null ? RAMP : Math.max(1, officers / 2);
        setUp(officer.injectOpen(rampUsers(officers).during(Duration.ofSeconds(ramp)))).protocols(protocol).assertions(
                details("save").requestsPerSec().gte(1000.0),
                details("save").responseTime().percentile(99.0).lte(200),
                global().failedRequests().count().is(0L));
    }
}
