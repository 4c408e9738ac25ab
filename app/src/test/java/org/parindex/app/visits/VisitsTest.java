package org.parindex.app.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every view counts once and the count shown never jumps: through this node's writes (flush), and with the views
 * another node wrote, which show once this node reads the database again (parindex.visits.refresh-ms).
 */
@SpringBootTest(properties = {"parindex.demo=false", "parindex.visits.flush-ms=3600000",
        "parindex.visits.refresh-ms=100"})
class VisitsTest {

    @Autowired Visits visits;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void viewsCountOnceEachThroughWritesAndWithAnotherNodesViews() throws Exception {
        RequestContextHolder.resetRequestAttributes();   // outside a web request: every call is a view
        String page = "/results/test-" + System.nanoTime();
        Visits.Count first = visits.count(page);
        assertThat(first).isEqualTo(new Visits.Count(1, 1));
        assertThat(visits.count(page)).isEqualTo(new Visits.Count(2, 2));
        visits.flush();
        assertThat(visits.count(page)).isEqualTo(new Visits.Count(3, 3));
        visits.flush();
        assertThat(jdbc.sql("SELECT visits FROM page_visits WHERE page = :p").param("p", page).query(Long.class)
                .single()).isEqualTo(3);

        jdbc.sql("UPDATE page_visits SET visits = visits + 10 WHERE page = :p").param("p", page).update();
        jdbc.sql("INSERT INTO page_visits (page, visit_day, visits) VALUES (:p, :d, 5)").param("p", page)
                .param("d", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)).update();   // another node
        Thread.sleep(150);
        assertThat(visits.count(page)).isEqualTo(new Visits.Count(14, 19));
    }
}
