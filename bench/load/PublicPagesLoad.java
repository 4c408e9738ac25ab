import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load test of the public pages with the JDK's HTTP client (no dependency: run it as a source file).
 *
 *   java bench/load/PublicPagesLoad.java BASE_URL READERS SECONDS [--revalidate] PATH...
 *   java bench/load/PublicPagesLoad.java http://127.0.0.1:18096 50 30 --revalidate /results/2025 /results/2025/overview
 *
 * READERS threads each request the paths in turn, as fast as answers come, for SECONDS (after 5 s of warm-up that
 * are not counted). With --revalidate each reader keeps the ETag of each page and sends If-None-Match, as a browser
 * with a cache does (a 304 then counts as an answer). Prints, per path and in all: requests, errors (status other
 * than 200/304 or no answer), requests per second, and the 50th, 95th and 99th percentile of the response time.
 */
public final class PublicPagesLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int readers = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        boolean revalidate = Arrays.asList(args).contains("--revalidate");
        List<String> paths = Arrays.stream(args).skip(3).filter(a -> !a.startsWith("--")).toList();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, List<long[]>> times = new ConcurrentHashMap<>();
        paths.forEach(p -> times.put(p, new ArrayList<>()));
        AtomicLong errors = new AtomicLong();
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        long end = warmUntil + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(readers);
        for (int r = 0; r < readers; r++) {
            int offset = r;
            Thread t = new Thread(() -> {
                Map<String, String> tags = new java.util.HashMap<>();
                List<long[]> mine = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = paths.get(i % paths.size());
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).header("Accept-Language", "vi");
                    if (revalidate && tags.containsKey(path)) {
                        request.header("If-None-Match", tags.get(path));
                    }
                    long start = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        response.headers().firstValue("ETag").ifPresent(tag -> tags.put(path, tag));
                    } catch (Exception e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - start;
                    if (start >= warmUntil) {
                        if (status != 200 && status != 304) {
                            errors.incrementAndGet();
                        }
                        mine.add(new long[] {i % paths.size(), took});
                    }
                }
                synchronized (times) {
                    for (long[] m : mine) {
                        times.get(paths.get((int) m[0])).add(m);
                    }
                }
                done.countDown();
            });
            t.start();
        }
        done.await();
        System.out.printf("%d readers, %d s, %s%n", readers, seconds, revalidate ? "revalidating (If-None-Match)"
                : "without a cache");
        System.out.printf("%-36s %9s %9s %8s %8s %8s%n", "path", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms");
        List<long[]> all = new ArrayList<>();
        for (String p : paths) {
            all.addAll(times.get(p));
            print(p, times.get(p), seconds);
        }
        print("all", all, seconds);
        System.out.println("errors: " + errors.get());
    }

    private static void print(String name, List<long[]> samples, int seconds) {
        long[] ns = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        System.out.printf("%-36s %9d %9.0f %8.1f %8.1f %8.1f%n", name, ns.length, ns.length / (double) seconds,
                pct(ns, 50), pct(ns, 95), pct(ns, 99));
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
