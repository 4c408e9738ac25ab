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

    /** Appends the change of one item (or of a whole unit or period when {@code node} or {@code unit} is null). */
    public void change(String actor, String action, String period, String unit, String node, String oldValue,
                       String newValue, String reason) {
        jdbc.sql("""
                INSERT INTO audit_entries (happened_at, actor, action, subject, detail, period_code, unit_code,
                node_code, old_value, new_value, reason) VALUES (:at, :actor, :action, :subject, :detail, :period,
                :unit, :node, :old, :new, :reason)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("actor", actor == null ? "system" : actor)
                .param("action", action).param("subject", subject(period, unit, node))
                .param("detail", truncate(nullToEmpty(oldValue) + " → " + nullToEmpty(newValue)))
                .param("period", period).param("unit", unit).param("node", node)
                .param("old", oldValue == null ? null : truncate(oldValue))
                .param("new", newValue == null ? null : truncate(newValue))
                .param("reason", reason == null || reason.isBlank() ? null : truncate(reason)).update();
    }

    /** The changes of one item of a unit in a period, oldest first. */
    public List<ItemChange> history(String period, String unit, String node) {
        return jdbc.sql("SELECT * FROM audit_entries WHERE period_code = :p AND unit_code = :u AND node_code = :n "
                + "ORDER BY id").param("p", period).param("u", unit).param("n", node).query(Audit::itemChange).list();
    }

    /**
     * Changes in a period, newest first, optionally of one unit, one node and by one actor (null or blank: any);
     * at most {@code limit}.
     */
    public List<ItemChange> filter(String period, String unit, String node, String actor, int limit) {
        StringBuilder where = new StringBuilder("period_code = :p");
        if (unit != null && !unit.isBlank()) {
            where.append(" AND unit_code = :u");
        }
        if (node != null && !node.isBlank()) {
            where.append(" AND node_code = :n");
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor = :a");
        }
        var spec = jdbc.sql("SELECT * FROM audit_entries WHERE " + where + " ORDER BY id DESC LIMIT :limit")
                .param("p", period).param("limit", limit);
        if (unit != null && !unit.isBlank()) {
            spec = spec.param("u", unit);
        }
        if (node != null && !node.isBlank()) {
            spec = spec.param("n", node);
        }
        if (actor != null && !actor.isBlank()) {
            spec = spec.param("a", actor);
        }
        return spec.query(Audit::itemChange).list();
    }

    private static ItemChange itemChange(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ItemChange(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("period_code"), rs.getString("unit_code"),
                rs.getString("node_code"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"));
    }

    private static String subject(String period, String unit, String node) {
        StringBuilder s = new StringBuilder(period == null ? "" : period);
        if (unit != null) {
            s.append('/').append(unit);
        }
        if (node != null) {
            s.append('/').append(node);
        }
        return s.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
