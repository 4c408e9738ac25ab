package org.parindex.app.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application as a user runs it: a child JVM started with the command line's {@code serve}, spoken to over HTTP,
 * and ended with kill -9 ({@link #kill()}), so that a test sees what survives a crash.
 */
public final class RunningApp implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Process process;
    private final Path log;
    private final int port;
    private final String base;
    private HttpClient http = client();

    private RunningApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    /** Another browser on the same server: no cookies yet, its own from now on. */
    public RunningApp newVisitor() {
        return at(port);
    }

    /** From now on this client sends the cookies of {@code other} (a load balancer switching a user to this node). */
    public void sameBrowserAs(RunningApp other) {
        http = other.http;
    }

    /** A GET with these request headers (name, value, name, value…). */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of raw bytes (a download). */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Starts {@code parindex serve} with these Spring settings and waits (at most 120 s) until it answers. */
    public static RunningApp start(Path dir, String... settings) throws Exception {
        int port = freePort();
        List<String> command = command(dir, port, settings);
        command.add("--logging.level.root=WARN");
        Path log = dir.resolve("app-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningApp app = new RunningApp(p, log, port);
        app.awaitUp();
        return app;
    }

    private void awaitUp() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app ended: " + java.nio.file.Files.readString(log));
            }
            try {
                if (get("/login").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app did not answer within 120 s");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, new String[0]);
    }

    /** A form post with the CSRF token of the page {@code from}. */
    public HttpResponse<String> post(String from, String path, Map<String, String> form) throws Exception {
        Matcher m = CSRF.matcher(get(from).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + from);
        }
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("_csrf", m.group(1));
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public void login(String user, String password) throws Exception {
        http = client();
        var answer = post("/login", "/login", Map.of("username", user, "password", password));
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("login of " + user + " failed: " + answer.headers().map());
        }
    }

    /** Starts {@code parindex serve} expecting it to end by itself; its exit status and everything it printed. */
    public static Map.Entry<Integer, String> startFailing(Path dir, String... settings) throws Exception {
        return startFailing(List.of(), dir, settings);
    }

    /** The same, with the JVM started through a wrapper command such as {@code setpriv …}. */
    public static Map.Entry<Integer, String> startFailing(List<String> wrapper, Path dir, String... settings)
            throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(command(dir, freePort(), settings));
        Path log = dir.resolve("failing-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the app was expected to end by itself but still ran after 120 s: "
                    + java.nio.file.Files.readString(log));
        }
        return Map.entry(p.exitValue(), java.nio.file.Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** {@code java -cp <this class path> parindex serve} on the port, with its data folder in dir. */
    private static List<String> command(Path dir, int port, String... settings) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.parindex.app.cli.ParIndexCommand", "serve", "--server.port=" + port,
                "--parindex.data-dir=" + dir.resolve("data")));
        command.addAll(List.of(settings));
        return command;
    }

    /** A server already running in this JVM (a test's random port): nothing to start or kill. */
    public static RunningApp at(int port) {
        return new RunningApp(null, null, port);
    }

    /** A GET as a visitor who has no cookies yet. */
    public HttpResponse<String> getAsNewVisitor(String path) throws IOException, InterruptedException {
        http = client();
        return get(path);
    }

    /** A multipart post of files (name → bytes) as parts named {@code part}, with the CSRF token of {@code from}. */
    public HttpResponse<String> upload(String from, String path, String part, Map<String, byte[]> files,
                                       Map<String, String> fields) throws Exception {
        Matcher m = CSRF.matcher(get(from).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + from);
        }
        String boundary = "----parindex" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (var f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", m.group(1))
                .header("Accept", "*/*").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** kill -9: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
