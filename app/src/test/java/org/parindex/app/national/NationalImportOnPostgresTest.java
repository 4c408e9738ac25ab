package org.parindex.app.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.bundles.ImportPlan;
import org.parindex.app.results.RankingRow;
import org.parindex.app.results.Results;
import org.parindex.app.scores.Scores;
import org.parindex.app.support.Database;
import org.parindex.app.units.Units;
import org.parindex.core.demo.NationalDemo;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.history.BundleResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The national bundle through the normal import (check, preview, apply) into PostgreSQL: every unit, lineage, score
 * row and result stored, the results equal to what core computes from the bundle. {@code ./mvnw verify} imports a
 * smaller country (80 units, 8 merged) to stay fast; {@code -Dnational.units=3321 -Dnational.merged=300} imports
 * the whole one, and the test prints how long each step took (bench/README.md; never asserted).
 */
@DirtiesContext   // closed after the class, while the embedded PostgreSQL runs (at exit, its pool would wait)
@SpringBootTest(properties = "parindex.demo=false")
@AutoConfigureMockMvc
class NationalImportOnPostgresTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.postgres(registry);
    }

    @Autowired BundleImport bundles;
    @Autowired Units units;
    @Autowired Scores scores;
    @Autowired Results results;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @TempDir
    Path dir;

    @Test
    void theCountryIsImportedAndItsStoredResultsAreCoresResults() throws Exception {
        int count = Integer.getInteger("national.units", 80);
        int merged = Integer.getInteger("national.merged", 8);
        NationalDemo.write(dir, count, merged);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        ImportPlan plan = bundles.prepare(dir);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long db1 = databaseCpuMillis();
        bundles.apply(plan, "admin");
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        long db2 = databaseCpuMillis();
        System.out.printf("national import of %d units, %d score rows: prepare (read, check, preview) %d ms "
                + "(CPU %d ms), apply (store units, scores, results) %d ms (CPU: this JVM's thread %d ms, PostgreSQL's "
                + "backends %d ms); load average %s%n", plan.bundle().units().size(), plan.preview().scoreRows(),
                (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000,
                db2 - db1, loadAverage());

        assertThat(units.count()).isEqualTo(plan.bundle().units().size());
        var formed = plan.bundle().units().stream().filter(u -> !u.predecessors().isEmpty()).toList();
        assertThat(formed).hasSize(merged);
        assertThat(formed).allSatisfy(u ->
                assertThat(units.find(u.code()).orElseThrow().predecessors()).isEqualTo(u.predecessors()));
        BundleResults expected = BundleResults.of(plan.bundle());
        for (String period : new String[] {"2024", "2025"}) {
            assertThat(scores.of(period)).hasSize(plan.bundle().period(period).orElseThrow().rows().size());
            assertThat(stored(results.rankingCsv(period))).isEqualTo(computed(expected.result(period)));
        }
        aUnitPassedByManyListsTenAndSaysHowManyMore();
    }

    /** A unit that fell by more than ten ranks: its public page names ten of the units that passed it, then a count. */
    private void aUnitPassedByManyListsTenAndSaysHowManyMore() throws Exception {
        RankingRow fell = results.ranking("2025").orElseThrow().rows().stream()
                .filter(r -> r.rankChange() != null && r.rankChange() < -10)
                .min(java.util.Comparator.comparing(RankingRow::rankChange)).orElseThrow();
        String page = mvc.perform(get("/units/" + fell.unit()).param("period", "2025")).andReturn().getResponse()
                .getContentAsString();
        String passedBy = page.substring(page.indexOf("id=\"passed-by\""), page.indexOf("id=\"passed\""));
        assertThat(passedBy.split("data-unit=", -1)).as(fell.unit() + " fell by " + fell.rankChange()).hasSize(11);
        assertThat(passedBy).containsPattern("… và \\d+ đơn vị khác");
    }

    /** The CPU time of the database's server processes so far (Linux /proc), -1 where it cannot be read. */
    private long databaseCpuMillis() {
        long ticks = 0;
        for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class).list()) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** unit -> "rank,points,maximum,index,band" from the stored ranking's CSV. */
    private static Map<String, String> stored(String csv) {
        Map<String, String> out = new TreeMap<>();
        csv.lines().skip(1).map(l -> l.split(",")).forEach(f -> out.put(f[1], String.join(",", f[0],
                round(f[2]), round(f[3]), round(f[4]), f[5])));
        return out;
    }

    private static Map<String, String> computed(PeriodResult result) {
        Map<String, String> out = new TreeMap<>();
        for (UnitResult r : result.ranking()) {
            out.put(r.unit().code(), String.join(",", Integer.toString(r.rank()), round(r.points()),
                    round(r.maximum()), round(r.index()), r.band().code()));
        }
        return out;
    }

    private static String round(String v) {
        return round(Double.parseDouble(v));
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
