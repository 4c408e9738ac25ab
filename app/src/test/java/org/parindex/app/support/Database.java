package org.parindex.app.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The two databases every integration test runs on, and a way to empty them between tests. */
public final class Database {

    private static final AtomicInteger H2 = new AtomicInteger();

    private static final String[] TABLES = {"deadline_reminders", "plan_notes", "plan_actions", "open_data_files",
        "publication_log", "page_visits", "indicator_observations", "api_tokens", "survey_codes", "survey_responses",
        "surveys", "audit_entries", "users", "results", "scores",
        "appraisal_rounds", "period_units", "periods", "frameworks", "unit_predecessors", "units", "unit_groups",
        "settings"};

    private Database() { }

    public static void h2(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:parindex" + H2.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    public static void postgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // as application-postgres.properties sets it for production
        registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
    }

    public static void empty(JdbcClient jdbc) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
