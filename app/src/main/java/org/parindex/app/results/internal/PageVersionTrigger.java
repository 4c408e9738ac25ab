package org.parindex.app.results.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;
import org.h2.jdbc.JdbcConnection;

/**
 * H2's statement trigger that bumps the public pages' version (db/vendor/h2/V270__page_version.sql) in the
 * transaction of the change, as the PL/pgSQL function does on PostgreSQL.
 */
public class PageVersionTrigger implements Trigger {

    /**
     * Bumps the version. In a statement run with auto-commit, H2 would commit the bump by itself, which it forbids
     * inside a trigger: auto-commit is turned off on the session for the bump and back on without a commit, so that
     * the bump is committed (or rolled back) with the statement that fired it.
     */
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try (Statement bump = connection.createStatement()) {
            bump.executeUpdate("UPDATE page_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP "
                    + "WHERE id = 1");
        } finally {
            if (autoCommit) {
                ((JdbcConnection) connection).getSession().setAutoCommit(true);
            }
        }
    }
}
