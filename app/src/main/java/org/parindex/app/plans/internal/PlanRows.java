package org.parindex.app.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.core.plans.ActionStatus;
import org.parindex.core.plans.PlanAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The plan_actions and plan_notes tables. */
@Repository
public class PlanRows {

    /** A stored action with its id, version and notes (each with its evidence id). */
    public record Stored(long id, int version, String period, PlanAction action, List<Long> evidence,
                         List<String> writers) { }

    private final JdbcClient jdbc;

    PlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every action of a period (of one unit when {@code unit} is not null), by unit and action code. */
    public List<Stored> of(String period, String unit) {
        List<Object[]> heads = jdbc.sql("SELECT * FROM plan_actions WHERE period_code = :p"
                        + (unit == null ? "" : " AND unit_code = :u") + " ORDER BY unit_code, id")
                .param("p", period).params(unit == null ? Map.of() : Map.of("u", unit))
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getInt("version"), action(rs)}).list();
        Map<Long, List<Object[]>> notes = new LinkedHashMap<>();
        jdbc.sql("SELECT n.* FROM plan_notes n JOIN plan_actions a ON a.id = n.action_id WHERE a.period_code = :p"
                        + (unit == null ? "" : " AND a.unit_code = :u") + " ORDER BY n.noted_on, n.id")
                .param("p", period).params(unit == null ? Map.of() : Map.of("u", unit))
                .query((rs, n) -> new Object[] {rs.getLong("action_id"), new PlanAction.Note(
                        rs.getDate("noted_on").toLocalDate(), rs.getString("note")),
                        rs.getObject("evidence_id", Long.class), rs.getString("written_by")})
                .list().forEach(r -> notes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        List<Stored> out = new ArrayList<>();
        for (Object[] h : heads) {
            long id = (Long) h[0];
            PlanAction a = (PlanAction) h[2];
            List<Object[]> mine = notes.getOrDefault(id, List.of());
            List<PlanAction.Note> n = mine.stream().map(r -> (PlanAction.Note) r[1]).toList();
            out.add(new Stored(id, (Integer) h[1], period, new PlanAction(a.unit(), a.code(), a.title(), a.nodes(),
                    a.owner(), a.due(), a.status(), n), mine.stream().map(r -> (Long) r[2]).toList(),
                    mine.stream().map(r -> (String) r[3]).toList()));
        }
        return out;
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT period_code, unit_code FROM plan_actions WHERE id = :id").param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .flatMap(pu -> of(pu[0], pu[1]).stream().filter(s -> s.id() == id).findFirst());
    }

    /** The next free action code of a unit's plan: 1, 2, 3… */
    public String nextCode(String period, String unit) {
        List<String> codes = jdbc.sql("SELECT action_code FROM plan_actions WHERE period_code = :p AND unit_code = :u")
                .param("p", period).param("u", unit).query(String.class).list();
        int next = 1;
        while (codes.contains(String.valueOf(next))) {
            next++;
        }
        return String.valueOf(next);
    }

    public long add(String period, PlanAction a, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_actions (period_code, unit_code, action_code, title, nodes, owner_name, due_on, status,
                version, updated_by, updated_at) VALUES (:p, :u, :c, :t, :n, :o, :d, :s, 0, :by, :at)""")
                .param("p", period).param("u", a.unit()).param("c", a.code()).param("t", a.title())
                .param("n", String.join(";", a.nodes())).param("o", a.owner()).param("d", a.due())
                .param("s", a.status().code()).param("by", by).param("at", Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Long.class) != null ? key.getKeyAs(Long.class) : key.getKey().longValue();
        for (PlanAction.Note n : a.notes()) {
            note(id, n, null, by);
        }
        return id;
    }

    /** Changes an action if its version is still {@code version}; false when someone else changed it since. */
    public boolean update(long id, int version, PlanAction a, String by) {
        return jdbc.sql("""
                UPDATE plan_actions SET title = :t, nodes = :n, owner_name = :o, due_on = :d, status = :s,
                version = version + 1, updated_by = :by, updated_at = :at WHERE id = :id AND version = :v""")
                .param("t", a.title()).param("n", String.join(";", a.nodes())).param("o", a.owner())
                .param("d", a.due()).param("s", a.status().code()).param("by", by)
                .param("at", Timestamp.from(Instant.now())).param("id", id).param("v", version).update() == 1;
    }

    /** Counts a note as a change of its action: the version moves on, so a stale page is refused. */
    public boolean touch(long id, int version, String by) {
        return jdbc.sql("UPDATE plan_actions SET version = version + 1, updated_by = :by, updated_at = :at "
                        + "WHERE id = :id AND version = :v")
                .param("by", by).param("at", Timestamp.from(Instant.now())).param("id", id).param("v", version)
                .update() == 1;
    }

    public void note(long actionId, PlanAction.Note note, Long evidenceId, String by) {
        jdbc.sql("""
                INSERT INTO plan_notes (action_id, noted_on, note, evidence_id, written_by, written_at)
                VALUES (:a, :d, :t, :e, :by, :at)""")
                .param("a", actionId).param("d", note.date()).param("t", note.text()).param("e", evidenceId)
                .param("by", by).param("at", Timestamp.from(Instant.now())).update();
    }

    public void deleteAll(String period) {
        jdbc.sql("DELETE FROM plan_notes WHERE action_id IN (SELECT id FROM plan_actions WHERE period_code = :p)")
                .param("p", period).update();
        jdbc.sql("DELETE FROM plan_actions WHERE period_code = :p").param("p", period).update();
    }

    private static PlanAction action(ResultSet rs) throws SQLException {
        return new PlanAction(rs.getString("unit_code"), rs.getString("action_code"), rs.getString("title"),
                Arrays.asList(rs.getString("nodes").split(";")), rs.getString("owner_name"),
                rs.getDate("due_on").toLocalDate(), ActionStatus.of(rs.getString("status")).orElseThrow(), List.of());
    }
}
