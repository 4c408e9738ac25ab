package org.parindex.app.opendata.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parindex.core.integrity.PublicationEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The publication_log and open_data_files tables: rows are inserted, never updated or deleted. */
@Repository
public class PublicationRows {

    private static final String COLUMNS = "seq, period_code, kind, recorded_at, bundle_sha256, results_sha256, "
            + "previous_hash, entry_hash";

    private final JdbcClient jdbc;

    PublicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the log's head row until the transaction ends: a concurrent append waits, then chains after this one. */
    public void lock() {
        jdbc.sql("UPDATE publication_log_head SET appends = appends + 1 WHERE id = 1").update();
    }

    public void add(PublicationEntry e, byte[] bundle, byte[] results) {
        jdbc.sql("INSERT INTO publication_log (" + COLUMNS + ") VALUES (:seq, :p, :k, :at, :b, :r, :prev, :h)")
                .param("seq", e.seq()).param("p", e.period()).param("k", e.kind())
                .param("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC)).param("b", e.bundleSha256())
                .param("r", e.resultsSha256()).param("prev", e.previousHash()).param("h", e.hash()).update();
        jdbc.sql("INSERT INTO open_data_files (seq, bundle_zip, results_csv) VALUES (:seq, :b, :r)")
                .param("seq", e.seq()).param("b", bundle).param("r", results).update();
    }

    public Optional<PublicationEntry> last() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_log ORDER BY seq DESC LIMIT 1")
                .query(PublicationRows::row).optional();
    }

    public List<PublicationEntry> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_log ORDER BY seq").query(PublicationRows::row).list();
    }

    public List<PublicationEntry> of(String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_log WHERE period_code = :p ORDER BY seq")
                .param("p", period).query(PublicationRows::row).list();
    }

    public Optional<PublicationEntry> latest(String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_log WHERE period_code = :p ORDER BY seq DESC LIMIT 1")
                .param("p", period).query(PublicationRows::row).optional();
    }

    public byte[] bundle(long seq) {
        return jdbc.sql("SELECT bundle_zip FROM open_data_files WHERE seq = :s").param("s", seq)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    public byte[] results(long seq) {
        return jdbc.sql("SELECT results_csv FROM open_data_files WHERE seq = :s").param("s", seq)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static PublicationEntry row(ResultSet rs, int n) throws SQLException {
        return new PublicationEntry(rs.getLong("seq"), rs.getString("period_code"), rs.getString("kind"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("bundle_sha256"),
                rs.getString("results_sha256"), rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
