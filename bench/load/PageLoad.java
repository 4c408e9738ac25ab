import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the everyday pages of a running ParIndex with its demo data, one request at a time, as one user would:
 * {@code java bench/load/PageLoad.java [base URL] [requests per page] [pages]} (default http://localhost:8080, 50,
 * every page; pages: names from the table below, comma-separated, e.g. {@code "unit page,survey form"}).
 * It logs in as admin, opens a new period of every current unit and moves it to appraisal round 1 (so that sheets
 * can be opened and saved), then reports per page: p50, p95 and max in ms after 5 warm-up requests, and the first
 * open of each unit's sheet. Only GETs and the saves of that new period; the demo data are left as they were.
 */
public class PageLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern UNIT = Pattern.compile("name=\"units\"\\s+value=\"([^\"]+)\"");

    final String base;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    PageLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        PageLoad load = new PageLoad(base);
        long t0 = System.nanoTime();
        load.logIn("admin", "admin-demo");
        System.out.printf("login (GET form + POST): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        String period = "bench-" + System.currentTimeMillis() % 100000;
        List<String> units = load.openPeriod(period);
        String sheet = "/assessments/" + period + "/units/";

        System.out.println("first open of each unit's sheet (ms):");
        double[] first = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            first[i] = load.time(sheet + units.get(i));
        }
        System.out.printf("  %d sheets: p50 %.1f  p95 %.1f  max %.1f%n", first.length, pct(first, 50), pct(first, 95),
                pct(first, 100));

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("ranking", "/results/2023-H1");
        pages.put("overview", "/results/2023-H1/overview");
        pages.put("unit page", "/units/hai-truong?period=2023-H1");
        pages.put("frameworks", "/frameworks");
        pages.put("work", "/assessments");
        pages.put("queue", "/assessments/" + period);
        pages.put("sheet", sheet + "hai-truong");
        pages.put("history", sheet + "hai-truong/items/1.1.1/history");
        pages.put("admin periods", "/admin/periods");
        pages.put("admin units", "/admin/units");
        pages.put("admin users", "/admin/users");
        pages.put("api results", "/api/v1/periods/2023-H1/results");
        pages.put("survey form", "/survey/2023-H1/hai-truong");
        if (args.length > 2) {
            List<String> only = Arrays.asList(args[2].split(","));
            pages.keySet().retainAll(only);
        }
        System.out.printf("%-16s %8s %8s %8s   (%d requests after 5 warm-up)%n", "page", "p50", "p95", "max", n);
        for (var e : pages.entrySet()) {
            load.report(e.getKey(), n, () -> load.time(e.getValue()));
        }
        if (args.length > 2) {
            return;
        }
        load.report("save (1 item)", n, () -> load.save(sheet + "hai-truong"));
        load.report("live totals", n, () -> load.post(sheet + "hai-truong/preview", "v.1.1.2=75"));
    }

    interface Timed {
        double run() throws Exception;
    }

    void report(String name, int n, Timed t) throws Exception {
        for (int i = 0; i < 5; i++) {
            t.run();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = t.run();
        }
        System.out.printf("%-16s %8.1f %8.1f %8.1f%n", name, pct(ms, 50), pct(ms, 95), pct(ms, 100));
    }

    static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    double time(String path) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = get(path);
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return ms;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }

    void logIn(String user, String password) throws Exception {
        String form = get("/login").body();
        HttpResponse<String> r = send("/login", "username=" + user + "&password=" + password + "&_csrf=" + csrf(form));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login refused");
        }
    }

    /** A new period of every current unit, moved to appraisal round 1; its unit codes. */
    List<String> openPeriod(String code) throws Exception {
        String work = get("/assessments").body();
        List<String> units = new ArrayList<>();
        Matcher m = UNIT.matcher(work);
        StringBuilder form = new StringBuilder("code=" + code + "&name=" + enc("Đo tốc độ " + code));
        while (m.find()) {
            units.add(m.group(1));
            form.append("&units=").append(enc(m.group(1)));
        }
        Matcher fw = Pattern.compile("name=\"framework\"[^>]*>\\s*<option value=\"(\\d+)\"").matcher(work);
        Matcher selected = Pattern.compile("<option value=\"(\\d+)\" selected").matcher(work);
        String framework = selected.find() ? selected.group(1) : fw.find() ? fw.group(1) : "1";
        LocalDate today = LocalDate.now();
        form.append("&framework=").append(framework).append("&selfDue=").append(today.plusDays(7))
                .append("&round1Due=").append(today.plusDays(10)).append("&explanationsDue=").append(today.plusDays(14))
                .append("&_csrf=").append(csrf(work));
        HttpResponse<String> r = send("/assessments/open", form.toString());
        if (r.statusCode() != 302) {
            Matcher problem = Pattern.compile("invalid-feedback[^>]*>([^<]+)<").matcher(r.body());
            throw new IllegalStateException("period not opened: " + r.statusCode() + (problem.find() ? " " + problem.group(1) : ""));
        }
        for (int i = 0; i < 2; i++) {
            String page = get("/assessments/" + code).body();
            Matcher v = VERSION.matcher(page);
            v.find();
            send("/assessments/" + code + "/advance", "version=" + v.group(1) + "&confirm=yes&_csrf=" + csrf(page));
        }
        return units;
    }

    /** Saves one item of the sheet with a new value each time (the version read from the page, as the form does). */
    double save(String sheet) throws Exception {
        String page = get(sheet).body();
        Matcher v = VERSION.matcher(page);
        v.find();
        String value = String.valueOf(50 + (int) (Math.random() * 50));
        long t = System.nanoTime();
        HttpResponse<String> r = send(sheet + "/save", "version=" + v.group(1) + "&v.1.1.2=" + value + "&_csrf="
                + csrf(page));
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("save refused: " + r.statusCode());
        }
        return ms;
    }

    double post(String path, String form) throws Exception {
        String page = get(path.substring(0, path.lastIndexOf('/'))).body();
        long t = System.nanoTime();
        HttpResponse<String> r = send(path, form + "&_csrf=" + csrf(page));
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return ms;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
