package org.parindex.app.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.EmbeddedPostgresServer;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The packed format of a unit's node results, and migration 261 that packs the rows of result_nodes. */
class PackedNodeResultsTest {

    private static final List<StoredResults.NodeRow> NODES = List.of(
            new StoredResults.NodeRow("hai-truong", "1", true, 7.5, 14.0, 53.57142857142857, "PARENT"),
            new StoredResults.NodeRow("hai-truong", "1.1", false, 0.1 + 0.2, 1.0, 30.000000000000004, "VALUE"),
            new StoredResults.NodeRow("hai-truong", "1.2", false, 0.0, 0.0, null, "NOT_APPLICABLE"),
            new StoredResults.NodeRow("hai-truong", "1.3", false, 0.0, 2.0, 0.0, "MISSING"),
            new StoredResults.NodeRow("hai-truong", "2.1.3", false, null, 1.5, null, "IN_TOTAL"),
            new StoredResults.NodeRow("hai-truong", "B", true, 2.0, 2.0, 100.0, "PARENT"),
            new StoredResults.NodeRow("hai-truong", "D.1", false, -3.25, 0.0, null, "VALUE"),
            new StoredResults.NodeRow("hai-truong", "Lĩnh vực 9", false, Double.MIN_VALUE, Double.MAX_VALUE,
                    1e-300, "VALUE"));

    @Test
    void everyNodeComesBackAsItWasPacked() {
        assertThat(PackedNodeResults.unpack("hai-truong", PackedNodeResults.pack(NODES))).isEqualTo(NODES);
        assertThat(PackedNodeResults.unpack("x", PackedNodeResults.pack(List.of()))).isEmpty();
    }

    @Test
    void aNodeThatDoesNotApplyIsNotStoredAndDamagedBytesAreRefused() {
        assertThatThrownBy(() -> PackedNodeResults.pack(List.of(
                new StoredResults.NodeRow("u", "1", true, 0.0, 0.0, null, "NOT_FOR_GROUP"))))
                .hasMessageContaining("NOT_FOR_GROUP");
        byte[] packed = PackedNodeResults.pack(NODES);
        assertThatThrownBy(() -> PackedNodeResults.unpack("u", java.util.Arrays.copyOf(packed, packed.length - 3)))
                .hasMessageContaining("node results of u");
        packed[0] = 9;
        assertThatThrownBy(() -> PackedNodeResults.unpack("u", packed)).hasMessageContaining("unknown format 9");
    }

    @Test
    void migration261PacksTheRowsOfResultNodesOnH2() throws SQLException {
        migratesResultNodes("jdbc:h2:mem:packed" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void migration261PacksTheRowsOfResultNodesOnPostgres() throws SQLException {
        migratesResultNodes(EmbeddedPostgresServer.newDatabase(), "postgres", "postgres");
    }

    /** One connection throughout: H2 keeps the session that made a CHECK constraint, so that one must stay open. */
    private static void migratesResultNodes(String url, String user, String password) throws SQLException {
        SingleConnectionDataSource db = new SingleConnectionDataSource(url, user, password, true);
        try {
            migratesResultNodes(db);
        } finally {
            db.destroy();
        }
    }

    private static void migratesResultNodes(SingleConnectionDataSource db) throws SQLException {
        flyway(db).target("253").load().migrate();
        Connection c = db.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO unit_groups (code, name) VALUES ('xa', 'Xã')");
            s.execute("INSERT INTO units (code, name, unit_group) VALUES ('hai-truong', 'Hải Trường', 'xa'),"
                    + " ('hai-ba', 'Hải Ba', 'xa')");
            s.execute("INSERT INTO frameworks (id, code, revision, name, file_name, source, max_points, created_at)"
                    + " VALUES (7, 'f', 1, 'F', 'f.yaml', 'x', 100, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO periods (code, name, framework_id, status, ordinal) VALUES ('2023', '2023', 7,"
                    + " 'PUBLISHED', 1)");
            s.execute("INSERT INTO results (period_code, unit_code, rank_no, points, max_points, index_pct, band_code,"
                    + " band_name, missing, computed_at) VALUES ('2023', 'hai-truong', 1, 7.5, 14, 53.5, 'k', 'Khá', 1,"
                    + " CURRENT_TIMESTAMP), ('2023', 'hai-ba', 2, 0, 14, 0, 'y', 'Yếu', 0, CURRENT_TIMESTAMP)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO result_nodes (period_code, unit_code,"
                    + " node_code, top_level, points, max_points, percent, entry) VALUES ('2023', ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredResults.NodeRow n : NODES) {
                    insert.setString(1, n.unit());
                    insert.setString(2, n.node());
                    insert.setBoolean(3, n.topLevel());
                    insert.setObject(4, n.points(), java.sql.Types.DOUBLE);
                    insert.setDouble(5, n.maximum());
                    insert.setObject(6, n.percent(), java.sql.Types.DOUBLE);
                    insert.setString(7, n.entry());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        flyway(db).load().migrate();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT unit_code, field_results, node_results FROM results"
                     + " ORDER BY unit_code")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("hai-ba");
            assertThat(PackedNodeResults.unpack("hai-ba", rs.getBytes(2))).isEmpty();
            assertThat(PackedNodeResults.unpack("hai-ba", rs.getBytes(3))).isEmpty();
            assertThat(rs.next()).isTrue();
            // result_nodes had no order of nodes: the migration packs them in the order of their codes
            assertThat(PackedNodeResults.unpack("hai-truong", rs.getBytes(2)))
                    .containsExactlyElementsOf(NODES.stream().filter(StoredResults.NodeRow::topLevel).toList());
            assertThat(PackedNodeResults.unpack("hai-truong", rs.getBytes(3)))
                    .containsExactlyInAnyOrderElementsOf(NODES.stream().filter(n -> !n.topLevel()).toList());
            assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM result_nodes")).isInstanceOf(SQLException.class);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SingleConnectionDataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .javaMigrations(new PackedNodeResultsMigration());
    }
}
