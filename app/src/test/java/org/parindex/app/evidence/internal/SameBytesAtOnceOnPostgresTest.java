package org.parindex.app.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two uploads of the same bytes at the same moment (two officers, or two nodes): the second insert waits for the
 * first transaction, then finds the key taken. Its transaction must go on and commit, not end in an error.
 */
@DirtiesContext   // closed after the class, while the embedded PostgreSQL runs (at exit, its pool would wait)
@SpringBootTest(properties = "parindex.demo=false")
class SameBytesAtOnceOnPostgresTest {

    @Autowired BlobStore blobs;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.postgres(registry);
    }

    @Test
    void theSecondOfTwoUploadsOfTheSameBytesStillCommits() throws Exception {
        byte[] bytes = ("the same file " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = two.submit(() -> tx.execute(s -> {
                String hash = blobs.put(bytes);
                firstStored.countDown();
                await(secondWaits);
                return hash;
            }));
            assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = two.submit(() -> tx.execute(s -> {
                String hash = blobs.put(bytes);
                return jdbc.sql("SELECT COUNT(*) FROM evidence_blobs WHERE sha256 = :h").param("h", hash)
                        .query(Long.class).single();   // fails if the transaction was aborted
            }));
            while (jdbc.sql("SELECT COUNT(*) FROM pg_locks WHERE NOT granted").query(Long.class).single() == 0) {
                Thread.sleep(20);   // until the second insert waits for the first transaction
            }
            secondWaits.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(64);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            two.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
