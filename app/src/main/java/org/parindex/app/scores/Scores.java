package org.parindex.app.scores;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The score rows of every period, unit, node and stage, as the scores files hold them. */
@Repository
public class Scores {

    private final JdbcClient jdbc;
    private final ScoreRowsWriter writer;

    Scores(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.writer = new ScoreRowsWriter(template);
    }

    /** Replaces every row of a period (an import). */
    @Transactional
    public void replaceAll(String period, List<ScoreRow> rows, String actor) {
        deleteAll(period);
        writer.write(period, rows, actor);
    }

    public void deleteAll(String period) {
        jdbc.sql("DELETE FROM scores WHERE period_code = :p").param("p", period).update();
    }

    /** Every row of a period, all stages, in a stable order; {@code line} numbers them as an exported file would. */
    public List<ScoreRow> of(String period) {
        int[] line = {1};
        return jdbc.sql("""
                SELECT unit_code, node_code, score_value, note, stage, evidence FROM scores WHERE period_code = :p
                ORDER BY id""").param("p", period)
                .query((rs, n) -> new ScoreRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        nullToEmpty(rs.getString(4)), Stage.of(rs.getString(5)), nullToEmpty(rs.getString(6)),
                        ++line[0]))
                .list();
    }

    /** What changes whenever a row of the period is added, changed or removed: for caches of what is read from them. */
    public String stamp(String period) {
        return jdbc.sql("SELECT COUNT(*), SUM(version), MAX(updated_at) FROM scores WHERE period_code = :p")
                .param("p", period).query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3))
                .single();
    }

    /** The rows of one unit in a period, all stages. */
    public List<ScoreRow> ofUnit(String period, String unit) {
        return jdbc.sql("SELECT * FROM scores WHERE period_code = :p AND unit_code = :u ORDER BY id")
                .param("p", period).param("u", unit)
                .query((rs, n) -> new ScoreRow(rs.getString("unit_code"), rs.getString("node_code"),
                        rs.getString("score_value"), nullToEmpty(rs.getString("note")), Stage.of(rs.getString("stage")),
                        nullToEmpty(rs.getString("evidence")), n + 2))
                .list();
    }

    /** Sets one item's value and note at a stage (adding the row if needed); a null value removes the row. */
    public void put(String period, String unit, String node, Stage stage, String value, String note, String actor) {
        int changed = value == null ? 0 : jdbc.sql("""
                UPDATE scores SET score_value = :v, note = :note, updated_by = :by, updated_at = :at,
                version = version + 1 WHERE period_code = :p AND unit_code = :u AND node_code = :n AND stage = :s""")
                .param("v", value).param("note", ScoreRowsWriter.emptyToNull(note)).param("by", actor)
                .param("at", Timestamp.from(Instant.now())).param("p", period).param("u", unit).param("n", node)
                .param("s", stage.code()).update();
        if (value == null) {
            jdbc.sql("DELETE FROM scores WHERE period_code = :p AND unit_code = :u AND node_code = :n AND stage = :s")
                    .param("p", period).param("u", unit).param("n", node).param("s", stage.code()).update();
        } else if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO scores (period_code, unit_code, node_code, stage, score_value, note, updated_by,
                    updated_at) VALUES (:p, :u, :n, :s, :v, :note, :by, :at)""")
                    .param("v", value).param("note", ScoreRowsWriter.emptyToNull(note)).param("by", actor)
                    .param("at", Timestamp.from(Instant.now())).param("p", period).param("u", unit).param("n", node)
                    .param("s", stage.code()).update();
        }
    }

    public long count(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM scores WHERE period_code = :p").param("p", period)
                .query(Long.class).single();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
