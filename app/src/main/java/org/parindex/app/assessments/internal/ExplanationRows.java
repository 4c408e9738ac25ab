package org.parindex.app.assessments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.assessments.Explanation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The explanations asked of units and their answers. */
@Repository
public class ExplanationRows {

    private final JdbcClient jdbc;

    ExplanationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ask(String period, String unit, String node, String question, String by) {
        jdbc.sql("""
                INSERT INTO explanations (period_code, unit_code, node_code, question, asked_by, asked_at)
                VALUES (:p, :u, :n, :q, :by, :at)""").param("p", period).param("u", unit).param("n", node)
                .param("q", question).param("by", by).param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public void answer(long id, String answer, String by) {
        jdbc.sql("UPDATE explanations SET answer = :a, answered_by = :by, answered_at = :at WHERE id = :id")
                .param("a", answer).param("by", by).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id)
                .update();
    }

    public Optional<Explanation> find(long id) {
        return jdbc.sql("SELECT * FROM explanations WHERE id = :id").param("id", id).query(ExplanationRows::row)
                .optional();
    }

    public List<Explanation> of(String period, String unit) {
        return jdbc.sql("SELECT * FROM explanations WHERE period_code = :p AND unit_code = :u ORDER BY id")
                .param("p", period).param("u", unit).query(ExplanationRows::row).list();
    }

    public int unanswered(String period, String unit) {
        return jdbc.sql("SELECT COUNT(*) FROM explanations WHERE period_code = :p AND unit_code = :u AND answer IS NULL")
                .param("p", period).param("u", unit).query(Integer.class).single();
    }

    /** The number of unanswered explanations of each unit of the period that has any. */
    public Map<String, Integer> unanswered(String period) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT unit_code, COUNT(*) FROM explanations WHERE period_code = :p AND answer IS NULL "
                        + "GROUP BY unit_code").param("p", period)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    private static Explanation row(ResultSet rs, int n) throws SQLException {
        return new Explanation(rs.getLong("id"), rs.getString("period_code"), rs.getString("unit_code"),
                rs.getString("node_code"), rs.getString("question"), rs.getString("asked_by"),
                rs.getObject("asked_at", OffsetDateTime.class), rs.getString("answer"), rs.getString("answered_by"),
                rs.getObject("answered_at", OffsetDateTime.class));
    }
}
