package org.parindex.app.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parindex.app.evidence.EvidenceFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The metadata of evidence files. Rows are only added: a file stays for the life of its period. */
@Repository
public class EvidenceRows {

    private final JdbcClient jdbc;

    EvidenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(String period, String unit, String node, String sha256, String name, String type, long size,
                    String by) {
        jdbc.sql("""
                INSERT INTO evidence_files (period_code, unit_code, node_code, sha256, file_name, content_type,
                size_bytes, uploaded_by, uploaded_at) VALUES (:p, :u, :n, :h, :name, :type, :size, :by, :at)""")
                .param("p", period).param("u", unit).param("n", node).param("h", sha256).param("name", name)
                .param("type", type).param("size", size).param("by", by)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM evidence_files WHERE period_code = :p AND unit_code = :u AND node_code = :n "
                + "AND sha256 = :h").param("p", period).param("u", unit).param("n", node).param("h", sha256)
                .query(Long.class).single();
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.sql("SELECT * FROM evidence_files WHERE id = :id").param("id", id).query(EvidenceRows::row)
                .optional();
    }

    public List<EvidenceFile> of(String period, String unit) {
        return jdbc.sql("SELECT * FROM evidence_files WHERE period_code = :p AND unit_code = :u ORDER BY id")
                .param("p", period).param("u", unit).query(EvidenceRows::row).list();
    }

    private static EvidenceFile row(ResultSet rs, int n) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getString("period_code"), rs.getString("unit_code"),
                rs.getString("node_code"), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
