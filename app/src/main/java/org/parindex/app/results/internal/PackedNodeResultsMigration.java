package org.parindex.app.results.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 261 (issue 13): packs the rows of {@code result_nodes} into {@code results.field_results} and
 * {@code results.node_results} (columns added by V260; V262 drops result_nodes). Java, so that the one class that
 * knows the format ({@link PackedNodeResults}) writes it, the same on H2 and PostgreSQL. Spring Boot hands the
 * migration beans to Flyway.
 */
@Component
class PackedNodeResultsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("261");
    }

    @Override
    public String getDescription() {
        return "pack result nodes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection con = context.getConnection();
        try (PreparedStatement read = con.prepareStatement("""
                SELECT period_code, unit_code, node_code, top_level, points, max_points, percent, entry
                FROM result_nodes ORDER BY period_code, unit_code, node_code""");
             PreparedStatement write = con.prepareStatement("""
                UPDATE results SET field_results = ?, node_results = ? WHERE period_code = ? AND unit_code = ?""")) {
            read.setFetchSize(5000);
            try (ResultSet rs = read.executeQuery()) {
                Unit unit = null;
                int units = 0;
                while (rs.next()) {
                    String period = rs.getString(1);
                    String code = rs.getString(2);
                    if (unit != null && !unit.is(period, code)) {
                        unit.write(write);
                        unit = null;
                        if (++units % 500 == 0) {
                            write.executeBatch();
                        }
                    }
                    if (unit == null) {
                        unit = new Unit(period, code, new ArrayList<>(), new ArrayList<>());
                    }
                    boolean field = rs.getBoolean(4);
                    (field ? unit.fields : unit.below).add(new StoredResults.NodeRow(code, rs.getString(3), field,
                            rs.getObject(5, Double.class), rs.getDouble(6), rs.getObject(7, Double.class),
                            rs.getString(8)));
                }
                if (unit != null) {
                    unit.write(write);
                }
            }
            write.executeBatch();
        }
        try (PreparedStatement none = con.prepareStatement(
                "UPDATE results SET field_results = ?, node_results = ? WHERE field_results IS NULL")) {
            byte[] empty = PackedNodeResults.pack(List.of());
            none.setBytes(1, empty);
            none.setBytes(2, empty);
            none.executeUpdate();
        }
    }

    private record Unit(String period, String code, List<StoredResults.NodeRow> fields,
                        List<StoredResults.NodeRow> below) {

        boolean is(String p, String c) {
            return period.equals(p) && code.equals(c);
        }

        void write(PreparedStatement write) throws SQLException {
            write.setBytes(1, PackedNodeResults.pack(fields));
            write.setBytes(2, PackedNodeResults.pack(below));
            write.setString(3, period);
            write.setString(4, code);
            write.addBatch();
        }
    }
}
