package org.parindex.app.scores;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parindex.core.bundle.ScoreRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many score rows at once (an import) in the caller's transaction: on PostgreSQL with the driver's bulk
 * {@code COPY} (CSV); on other databases (H2) as batched inserts. The columns and their values are the same for both.
 *
 * <p>On PostgreSQL, for a copy of at least {@link #CHECK_KEYS_AFTER} rows, the two foreign keys of {@code scores}
 * (to periods and units) are dropped before the copy and added again after it, in the same transaction: adding
 * them checks every row of the table in one join, where keeping them checks each copied row on its own (two
 * look-ups and two row locks a row: three quarters of the time of a national import's scores, bench/README.md).
 * Nothing is weakened: the transaction cannot commit unless every row has its period and unit. The price: scores,
 * periods and units are locked against readers until the import commits, and the check reads every period's rows
 * (about 0.5 µs a row against 25 µs a copied row checked on its own; hence not for small imports).
 */
final class ScoreRowsWriter {

    private static final String COLUMNS =
            "period_code, unit_code, node_code, stage, score_value, note, evidence, updated_by, updated_at";
    private static final int BUFFER = 1 << 16;
    /** From this many rows on, the foreign keys are checked once after the copy rather than row by row. */
    static final int CHECK_KEYS_AFTER = 20_000;

    private final JdbcTemplate template;

    ScoreRowsWriter(JdbcTemplate template) {
        this.template = template;
    }

    void write(String period, List<ScoreRow> rows, String actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Boolean postgres = template.execute((ConnectionCallback<Boolean>) con -> con.isWrapperFor(PGConnection.class));
        if (Boolean.TRUE.equals(postgres)) {
            template.execute((ConnectionCallback<Void>) con -> {
                copy(con, period, rows, actor, now);
                return null;
            });
        } else {
            Timestamp at = Timestamp.from(now);
            template.batchUpdate("INSERT INTO scores (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000,
                    (ps, r) -> {
                        String[] v = values(period, r, actor);
                        for (int i = 0; i < v.length; i++) {
                            ps.setString(i + 1, v[i]);
                        }
                        ps.setTimestamp(v.length + 1, at);
                    });
        }
    }

    private static void copy(Connection connection, String period, List<ScoreRow> rows, String actor, Instant now)
            throws SQLException {
        if (rows.size() < CHECK_KEYS_AFTER) {
            copy(connection.unwrap(PGConnection.class), period, rows, actor, now);
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE scores DROP CONSTRAINT scores_period_code_fkey,"
                    + " DROP CONSTRAINT scores_unit_code_fkey");
            copy(connection.unwrap(PGConnection.class), period, rows, actor, now);
            sql.execute("ALTER TABLE scores ADD CONSTRAINT scores_period_code_fkey FOREIGN KEY (period_code)"
                    + " REFERENCES periods (code), ADD CONSTRAINT scores_unit_code_fkey FOREIGN KEY (unit_code)"
                    + " REFERENCES units (code)");
        }
    }

    private static void copy(PGConnection con, String period, List<ScoreRow> rows, String actor, Instant now)
            throws SQLException {
        PGCopyOutputStream stream = new PGCopyOutputStream(con, "COPY scores (" + COLUMNS + ") FROM STDIN (FORMAT csv)",
                BUFFER);
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        try {
            String at = now.toString();
            for (ScoreRow r : rows) {
                for (String v : values(period, r, actor)) {
                    csv(out, v);
                    out.write(',');
                }
                out.write(at);
                out.write('\n');
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
            if (e.getCause() instanceof SQLException refused) {
                throw refused;
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The row's values in the order of {@link #COLUMNS}, without the time; null where the column is NULL. */
    private static String[] values(String period, ScoreRow r, String actor) {
        return new String[] {period, r.unit(), r.node(), r.stage().code(), r.value(), emptyToNull(r.note()),
            emptyToNull(r.evidence()), actor};
    }

    /** A CSV field as COPY reads it: NULL is nothing, any text is quoted (so an empty text stays a text). */
    private static void csv(Writer out, String v) throws IOException {
        if (v == null) {
            return;
        }
        out.write('"');
        out.write(v.indexOf('"') < 0 ? v : v.replace("\"", "\"\""));
        out.write('"');
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
