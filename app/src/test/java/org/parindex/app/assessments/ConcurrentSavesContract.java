package org.parindex.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.app.assessments.WorkflowFixture.ADMIN;
import static org.parindex.app.assessments.WorkflowFixture.OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parindex.app.assessments.internal.SheetTotals;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.audit.Audit;
import org.parindex.app.audit.ItemChange;
import org.parindex.app.scores.Scores;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Many threads save scores of the same unit at once, each reading the sheet's version first and reloading when
 * told someone else saved. No update is lost silently: every accepted save is in the audit trail, every item
 * holds the last value its thread got accepted, and the stored totals equal a recomputation from scratch.
 * Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(properties = "parindex.demo=false")
@Import(WorkflowFixture.class)
abstract class ConcurrentSavesContract {

    static final String[] ITEMS = {"1.2", "2.1", "3.2", "4.1", "5.1", "7.2"};
    static final double[] MAX = {6, 6, 15, 15, 4, 11};
    static final int SAVES_PER_THREAD = 25;

    @Autowired WorkflowFixture fixture;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired ScoreEntry entry;
    @Autowired Sheets sheets;
    @Autowired SheetTotals totals;
    @Autowired Scores scores;
    @Autowired Audit audit;

    @Test
    void noUpdateIsLostSilently() throws Exception {
        fixture.open("2040", 7, false);
        lifecycle.advance(ADMIN, "2040", fixture.version("2040"));
        AtomicInteger stale = new AtomicInteger();
        Map<String, String> lastAccepted = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(ITEMS.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int t = 0; t < ITEMS.length; t++) {
            int thread = t;
            accepted.add(pool.submit(() -> {
                start.await();
                int mine = 0;
                for (int k = 1; k <= SAVES_PER_THREAD; k++) {
                    String value = k % 2 == 0 ? "0" : plain(1 + (k / 2) % (MAX[thread] - 1));
                    while (true) {
                        int version = sheets.get("2040", "hai-truong").version();
                        try {
                            var saved = entry.save(OFFICER, "2040", "hai-truong", version,
                                    List.of(new ItemInput(ITEMS[thread], value, "")), null);
                            mine += saved.changed();
                            lastAccepted.put(ITEMS[thread], value);
                            break;
                        } catch (ConcurrencyFailureException someoneElseSaved) {
                            stale.incrementAndGet();
                        }
                    }
                }
                return mine;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        pool.shutdown();

        List<ItemChange> changes = audit.filter("2040", "hai-truong", null, null, 10_000).stream()
                .filter(c -> c.action().equals("score.self")).toList();
        assertThat(changes).hasSize(total);
        assertThat(sheets.get("2040", "hai-truong").version()).isEqualTo(total);
        for (String item : ITEMS) {
            ScoreRow row = scores.ofUnit("2040", "hai-truong").stream().filter(r -> r.node().equals(item))
                    .findFirst().orElseThrow();
            assertThat(row.value()).as(item).isEqualTo(lastAccepted.get(item));
            List<ItemChange> ofItem = audit.history("2040", "hai-truong", item);
            assertThat(ofItem.get(ofItem.size() - 1).newValue()).isEqualTo(lastAccepted.get(item));
            for (int i = 1; i < ofItem.size(); i++) {
                assertThat(ofItem.get(i).oldValue()).isEqualTo(ofItem.get(i - 1).newValue());
            }
        }
        Totals fromScratch = entry.totals("2040", "hai-truong", Stage.SELF);
        var stored = totals.find("2040", "hai-truong", Stage.SELF).orElseThrow();
        assertThat(stored.points()).isEqualTo(fromScratch.points());
        assertThat(stored.index()).isEqualTo(fromScratch.index());
        assertThat(stored.maximum()).isEqualTo(fromScratch.maximum());
        assertThat(total).isEqualTo(ITEMS.length * SAVES_PER_THREAD);
        System.out.printf("%d saves accepted, %d stale attempts reloaded%n", total, stale.get());
    }

    private static String plain(double v) {
        return org.parindex.core.framework.Numbers.plain(v);
    }
}
