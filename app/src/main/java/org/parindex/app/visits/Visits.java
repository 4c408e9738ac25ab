package org.parindex.app.visits;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The visitor counter of public pages: one count per page and day, nothing about the visitor (no cookie, no
 * address, no agent), so every view counts. Pages are named by the application (a path of known codes), never by
 * what a visitor typed. Views are added up in memory and written every few seconds ({@link #flush}), so that a page
 * view never waits for a durable write; a crash loses at most those seconds of counts. What the database holds for a
 * page (every node's written counts) is read again at most once per flush interval, so a view costs no query most of
 * the time and another node's views show within that interval.
 */
@Service
public class Visits {

    /** What a page shows: today's views and all views, this one included. */
    public record Count(long today, long total) { }

    private record Key(String page, LocalDate day) { }

    /** A page's counts as written in the database (by every node) when last read. */
    private record Stored(LocalDate day, long today, long total, long readAt) {

        Stored plus(LocalDate written, long n) {
            return new Stored(day, day.equals(written) ? today + n : today, total + n, readAt);
        }
    }

    private static final String PAGE = Visits.class.getName() + ".page";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;
    private final Clock clock = Clock.system(ZONE);
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private final long refreshNanos;

    Visits(JdbcClient jdbc, @Value("${parindex.visits.refresh-ms:${parindex.visits.flush-ms:5000}}") long refreshMs) {
        this.jdbc = jdbc;
        this.refreshNanos = refreshMs * 1_000_000L;
    }

    /**
     * Counts one view of the page and says how many there were. Within one web request a page is counted once,
     * however many parts of the application ask (the page cache answering, then the controller rendering).
     */
    public Count count(String page) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String name = Visits.class.getName() + ":" + page;
        if (request != null && request.getAttribute(name, RequestAttributes.SCOPE_REQUEST) instanceof Count done) {
            return done;
        }
        Count count = counted(page);
        if (request != null) {
            request.setAttribute(name, count, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(PAGE, page, RequestAttributes.SCOPE_REQUEST);
        }
        return count;
    }

    /** The page counted within the current web request, if any (the name the application gave it). */
    public java.util.Optional<String> pageCounted() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return java.util.Optional.ofNullable(request == null ? null
                : (String) request.getAttribute(PAGE, RequestAttributes.SCOPE_REQUEST));
    }

    private Count counted(String page) {
        Key key = new Key(page, LocalDate.now(clock));
        pending.computeIfAbsent(key, k -> new LongAdder()).increment();
        Stored s = stored.compute(page, (p, old) -> old != null && old.day().equals(key.day())
                && System.nanoTime() - old.readAt() < refreshNanos ? old : read(p, key.day()));
        long waiting = pending.entrySet().stream().filter(e -> e.getKey().page().equals(page))
                .mapToLong(e -> e.getValue().sum()).sum();
        return new Count(s.today() + waiting(key), s.total() + waiting);
    }

    private Stored read(String page, LocalDate day) {
        long today = jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM page_visits WHERE page = :p AND visit_day = :d")
                .param("p", page).param("d", day).query(Long.class).single();
        long total = jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM page_visits WHERE page = :p")
                .param("p", page).query(Long.class).single();
        return new Stored(day, today, total, System.nanoTime());
    }

    /** Writes the counts added up since the last flush; a count that cannot be written waits for the next one. */
    @Scheduled(fixedDelayString = "${parindex.visits.flush-ms:5000}")
    @PreDestroy
    public void flush() {
        for (var e : pending.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n == 0) {
                pending.remove(e.getKey(), e.getValue());
                continue;
            }
            try {
                jdbc.sql("""
                        MERGE INTO page_visits t
                        USING (VALUES (CAST(:p AS VARCHAR(200)), CAST(:d AS DATE))) AS s (page, visit_day)
                        ON t.page = s.page AND t.visit_day = s.visit_day
                        WHEN MATCHED THEN UPDATE SET visits = t.visits + :n
                        WHEN NOT MATCHED THEN INSERT (page, visit_day, visits) VALUES (s.page, s.visit_day, :n)""")
                        .param("p", e.getKey().page()).param("d", e.getKey().day()).param("n", n).update();
                stored.computeIfPresent(e.getKey().page(), (p, s) -> s.plus(e.getKey().day(), n));
            } catch (DataAccessException failed) {
                e.getValue().add(n);
            }
        }
    }

    private long waiting(Key key) {
        LongAdder n = pending.get(key);
        return n == null ? 0 : n.sum();
    }
}
