package org.parindex.app.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.bundles.ImportPlan;
import org.parindex.app.support.Database;
import org.parindex.core.demo.NationalDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An import that fails at its last write (the audit entry, refused by a trigger of the database) leaves nothing
 * behind on PostgreSQL, although its score rows were bulk-loaded with COPY and the foreign keys of scores dropped
 * and added again meanwhile: they are all still there, and the same import then goes through.
 */
@DirtiesContext   // closed after the class, while the embedded PostgreSQL runs (at exit, its pool would wait)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parindex.demo=false")
class FailedImportOnPostgresTest {

    private static final List<String> TABLES = List.of("units", "unit_predecessors", "frameworks", "periods",
            "period_units", "scores", "results", "audit_entries", "publication_log", "open_data_files");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.postgres(registry);
    }

    @Autowired BundleImport bundles;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aFailedImportLeavesNothingAndTheForeignKeysOfScoresStay() {
        NationalDemo.write(dir, 150, 15); // 22,500 rows in 2025: the copy without row-by-row key checks
        ImportPlan plan = bundles.prepare(dir);
        assertThat(plan.bundle().period("2025").orElseThrow().rows()).hasSizeGreaterThan(20_000);
        Map<String, Long> before = counts();
        List<String> keys = foreignKeysOfScores();
        assertThat(keys).containsExactly("scores_period_code_fkey", "scores_unit_code_fkey");

        jdbc.sql("""
                CREATE FUNCTION refuse_audit() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_audit()")
                .update();
        assertThatThrownBy(() -> bundles.apply(plan, "admin")).hasStackTraceContaining("audit refused by the test");
        assertThat(counts()).isEqualTo(before).containsEntry("scores", 0L);
        assertThat(foreignKeysOfScores()).isEqualTo(keys);

        jdbc.sql("DROP TRIGGER refuse_audit ON audit_entries").update();
        bundles.apply(plan, "admin");
        assertThat(counts().get("scores")).isEqualTo((long) plan.preview().scoreRows());
        assertThat(counts().get("results")).isPositive();
        assertThat(foreignKeysOfScores()).isEqualTo(keys);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO scores (period_code, unit_code, node_code, stage, score_value, updated_at)
                VALUES ('2025', 'nobody', '1.1', 'final', '1', CURRENT_TIMESTAMP)""").update())
                .hasStackTraceContaining("scores_unit_code_fkey");
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        TABLES.forEach(t -> out.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single()));
        return out;
    }

    private List<String> foreignKeysOfScores() {
        return jdbc.sql("""
                SELECT conname FROM pg_constraint WHERE conrelid = 'scores'::regclass AND contype = 'f'
                ORDER BY conname""").query(String.class).list();
    }
}
