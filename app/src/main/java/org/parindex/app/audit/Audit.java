package org.parindex.app.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail: entries are appended, never changed or removed. */
@Component
public class Audit {

    private final JdbcClient jdbc;

    Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String subject, String detail) {
        jdbc.sql("""
                INSERT INTO audit_entries (happened_at, actor, action, subject, detail)
                VALUES (:at, :actor, :action, :subject, :detail)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("actor", actor == null ? "system" : actor)
                .param("action", action)
                .param("subject", subject)
                .param("detail", detail == null ? null : truncate(detail))
                .update();
    }

    /** The newest entries first. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_entries ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
    }

    private static String truncate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }
}
