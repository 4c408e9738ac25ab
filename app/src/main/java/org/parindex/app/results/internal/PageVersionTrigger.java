package org.parindex.app.results.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;

/**
 * H2's statement trigger that bumps the public pages' version (db/vendor/h2/V270__page_version.sql) in the
 * transaction of the change, as the PL/pgSQL function does on PostgreSQL.
 */
public class PageVersionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (Statement bump = connection.createStatement()) {
            bump.executeUpdate("UPDATE page_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP "
                    + "WHERE id = 1");
        }
    }
}
