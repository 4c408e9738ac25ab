package org.parindex.app.assessments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.parindex.app.assessments.PublishedVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every published version of a period's ranking; re-opening marks the latest, never removes it. */
@Repository
public class PublishedVersions {

    private final JdbcClient jdbc;

    PublishedVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int add(String period, String csv, String by) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM published_versions WHERE period_code = :p")
                .param("p", period).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO published_versions (period_code, version_no, published_at, published_by, ranking_csv)
                VALUES (:p, :n, :at, :by, :csv)""").param("p", period).param("n", next)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", by).param("csv", csv).update();
        return next;
    }

    public void markReopened(String period, String by, String reason) {
        jdbc.sql("""
                UPDATE published_versions SET reopened_at = :at, reopened_by = :by, reopen_reason = :r
                WHERE period_code = :p AND reopened_at IS NULL""").param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("by", by).param("r", reason).param("p", period).update();
    }

    public List<PublishedVersion> of(String period) {
        return jdbc.sql("SELECT * FROM published_versions WHERE period_code = :p ORDER BY version_no")
                .param("p", period).query(PublishedVersions::row).list();
    }

    private static PublishedVersion row(ResultSet rs, int n) throws SQLException {
        return new PublishedVersion(rs.getString("period_code"), rs.getInt("version_no"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getString("ranking_csv"), rs.getObject("reopened_at", OffsetDateTime.class),
                rs.getString("reopened_by"), rs.getString("reopen_reason"));
    }
}
