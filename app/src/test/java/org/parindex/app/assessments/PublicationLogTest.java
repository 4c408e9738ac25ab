package org.parindex.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.app.assessments.WorkflowFixture.ADMIN;
import static org.parindex.app.assessments.WorkflowFixture.APPRAISER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parindex.app.opendata.OpenData;
import org.parindex.app.opendata.PublicationLog;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.parindex.core.integrity.BundleVerifier;
import org.parindex.core.integrity.PublicationEntry;
import org.parindex.core.integrity.Sha256;
import org.parindex.core.problem.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Publishing and re-publishing a period append chained entries to the publication log, in the same transaction. */
@SpringBootTest(properties = "parindex.demo=false")
@Import(WorkflowFixture.class)
class PublicationLogTest {

    /** The example periods score one unit: the others are left out of the ranking by an explicit decision. */
    static final String LEFT_OUT = "Ví dụ chỉ chấm một đơn vị";

    @Autowired WorkflowFixture fixture;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired ScoreEntry entry;
    @Autowired PublicationLog log;
    @Autowired Periods periods;
    @Autowired JdbcClient jdbc;
    @Autowired org.parindex.app.assessments.internal.Sheets sheets;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @AfterEach
    void logWritesAgain() {
        jdbc.sql("ALTER TABLE publication_log DROP CONSTRAINT IF EXISTS log_fails").update();
    }

    @Test
    void aPublicationAndARepublicationAreChainedAndTheirOpenDataVerify() throws Exception {
        lockNew("2035");
        int before = log.entries().size();
        lifecycle.publish(ADMIN, "2035", fixture.version("2035"), true, LEFT_OUT);
        OpenData first = log.latest("2035").orElseThrow();
        assertThat(first.entry().kind()).isEqualTo("published");
        assertThat(first.entry().bundleSha256()).isEqualTo(Sha256.of(first.bundleZip()));
        assertThat(first.entry().resultsSha256()).isEqualTo(Sha256.of(first.resultsCsv()));
        assertThat(verify(first)).isEmpty();

        lifecycle.reopen(ADMIN, "2035", fixture.version("2035"), "Đính chính điểm tiêu chí 1.2");
        entry.save(APPRAISER, "2035", "hai-truong", sheets.get("2035", "hai-truong").version(),
                List.of(new ItemInput("1.2", "3", "Đính chính")), null);
        lifecycle.advance(ADMIN, "2035", fixture.version("2035"));
        lifecycle.lock(ADMIN, "2035", fixture.version("2035"));
        lifecycle.publish(ADMIN, "2035", fixture.version("2035"), true, LEFT_OUT);
        OpenData second = log.latest("2035").orElseThrow();
        assertThat(second.entry().kind()).isEqualTo("republished");
        assertThat(second.entry().previousHash()).isEqualTo(first.entry().hash());
        assertThat(second.entry().resultsSha256()).isNotEqualTo(first.entry().resultsSha256());
        assertThat(verify(second)).isEmpty();

        List<PublicationEntry> all = log.entries();
        assertThat(all).hasSize(before + 2);
        assertThat(all.get(0).previousHash()).isEqualTo(PublicationEntry.GENESIS);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).previousHash()).isEqualTo(all.get(i - 1).hash());
        }
        assertThat(log.check()).isEmpty();
        assertThat(log.entries("2035")).extracting(PublicationEntry::kind).containsExactly("published", "republished");
    }

    @Test
    void twoPublicationsAtOnceAppendOneAfterTheOther() throws Exception {
        fixture.open("2039", 7, false);
        int before = log.entries().size();
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var first = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> tx.executeWithoutResult(s -> {
                log.record("2022");
                first.countDown();
                sleep(300);
            }));
            first.await();
            var b = pool.submit(() -> tx.executeWithoutResult(s -> log.record("2023-H1")));
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        List<PublicationEntry> all = log.entries();
        assertThat(all).hasSize(before + 2);
        assertThat(all.subList(before, before + 2)).extracting(PublicationEntry::period).containsExactly("2022", "2023-H1");
        assertThat(log.check()).isEmpty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSilentChangeOfAnEntryIsFound() {
        lockNew("2038");
        lifecycle.publish(ADMIN, "2038", fixture.version("2038"), true, LEFT_OUT);
        long seq = log.latest("2038").orElseThrow().entry().seq();
        String real = log.latest("2038").orElseThrow().entry().resultsSha256();
        jdbc.sql("UPDATE publication_log SET results_sha256 = :h WHERE seq = :s").param("h", "f".repeat(64))
                .param("s", seq).update();
        try {
            assertThat(log.check()).extracting(Problem::toString).containsExactly("publication log:" + seq
                    + ": its hash is not the SHA-256 of its contents (the entry was changed)");
        } finally {
            jdbc.sql("UPDATE publication_log SET results_sha256 = :h WHERE seq = :s").param("h", real)
                    .param("s", seq).update();
        }
        assertThat(log.check()).isEmpty();
    }

    @Test
    void aPublicationWhoseLogEntryCannotBeWrittenIsRolledBack() {
        lockNew("2036");
        jdbc.sql("ALTER TABLE publication_log ADD CONSTRAINT log_fails CHECK (period_code <> '2036')").update();
        assertThatThrownBy(() -> lifecycle.publish(ADMIN, "2036", fixture.version("2036"), true, LEFT_OUT))
                .isInstanceOf(RuntimeException.class);
        assertThat(periods.find("2036").orElseThrow().status()).isEqualTo(PeriodStatus.LOCKED);
        assertThat(lifecycle.publishedVersions("2036")).isEmpty();
        assertThat(log.entries("2036")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'period.publish' AND subject = '2036'")
                .query(Long.class).single()).isZero();
    }

    private void lockNew(String code) {
        fixture.open(code, 7, false);
        for (int i = 0; i < 3; i++) {
            lifecycle.advance(ADMIN, code, fixture.version(code));
        }
        lifecycle.lock(ADMIN, code, fixture.version(code));
    }

    private static List<Problem> verify(OpenData data) throws Exception {
        Path zip = Files.createTempFile("open-data", ".zip");
        try {
            Files.write(zip, data.bundleZip());
            BundleVerifier.Verification v = BundleVerifier.verify(zip);
            assertThat(v.periods()).containsExactly(data.entry().period());
            return v.problems();
        } finally {
            Files.delete(zip);
        }
    }
}
