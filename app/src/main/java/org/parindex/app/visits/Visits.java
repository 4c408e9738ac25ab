package org.parindex.app.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visitor counter of public pages: one count per page and day, nothing about the visitor (no cookie, no
 * address, no agent), so every view counts. Pages are named by the application (a path of known codes), never by
 * what a visitor typed.
 */
@Service
public class Visits {

    /** What a page shows: today's views and all views, this one included. */
    public record Count(long today, long total) { }

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;
    private final Clock clock = Clock.system(ZONE);

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one view of the page; a failure to count (a race on the first view of the day) never fails the page. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Count count(String page) {
        LocalDate today = LocalDate.now(clock);
        try {
            jdbc.sql("""
                    MERGE INTO page_visits t
                    USING (VALUES (CAST(:p AS VARCHAR(200)), CAST(:d AS DATE))) AS s (page, visit_day)
                    ON t.page = s.page AND t.visit_day = s.visit_day
                    WHEN MATCHED THEN UPDATE SET visits = t.visits + 1
                    WHEN NOT MATCHED THEN INSERT (page, visit_day, visits) VALUES (s.page, s.visit_day, 1)""")
                    .param("p", page).param("d", today).update();
        } catch (DataAccessException raced) {
            return new Count(0, 0);
        }
        long todayCount = jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM page_visits WHERE page = :p AND visit_day = :d")
                .param("p", page).param("d", today).query(Long.class).single();
        long total = jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM page_visits WHERE page = :p")
                .param("p", page).query(Long.class).single();
        return new Count(todayCount, total);
    }
}
