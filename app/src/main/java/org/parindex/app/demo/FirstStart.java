package org.parindex.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.demo.DemoBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * On an empty database (no units, periods or users) imports the Hải Lăng demo bundle and creates the demo
 * accounts listed in app/README.md, unless {@code parindex.demo=false}.
 */
@Component
class FirstStart implements SmartInitializingSingleton {

    static final String ADMIN = "admin", APPRAISER = "appraiser", VIEWER = "viewer";
    static final String OFFICER_PREFIX = "can-bo-";

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final boolean demo;
    private final Units units;
    private final Periods periods;
    private final Accounts accounts;
    private final BundleImport bundles;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    FirstStart(DemoSetting setting, Units units, Periods periods, Accounts accounts, BundleImport bundles,
               PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.demo = setting.demo();
        this.units = units;
        this.periods = periods;
        this.accounts = accounts;
        this.bundles = bundles;
    }

    /** Runs before the web server starts, so that the port opens only when the demo data is in. */
    @Override
    public void afterSingletonsInstantiated() {
        requireWritableDatabase();
        transaction.executeWithoutResult(status -> {
            try {
                importDemo();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A database that cannot be written (a read-only file) stops the start with one line, before the port opens. */
    private void requireWritableDatabase() {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO settings (name, setting) VALUES ('start-check', 'ok')").update();
                status.setRollbackOnly();
            });
        } catch (DataAccessException e) {
            throw new IllegalStateException("the database cannot be written (" + e.getMostSpecificCause().getMessage()
                    .lines().findFirst().orElse("") + "); check the data folder's permissions");
        }
    }

    private void importDemo() throws IOException {
        if (!demo || units.count() > 0 || !periods.all().isEmpty() || accounts.count() > 0) {
            return;
        }
        Path dir = Files.createTempDirectory("parindex-demo");
        try {
            DemoBundle.write(dir);
            bundles.apply(bundles.prepare(dir), "system");
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
        accounts.create(ADMIN, "Quản trị hệ thống", "admin-demo", Role.ADMIN, null);
        accounts.create(APPRAISER, "Hội đồng thẩm định", "appraiser-demo", Role.APPRAISER, null);
        accounts.create(VIEWER, "Người xem", "viewer-demo", Role.VIEWER, null);
        LocalDate today = LocalDate.now();
        for (Unit u : units.all()) {
            if (u.isActiveOn(today)) {
                accounts.create(OFFICER_PREFIX + u.code(), "Cán bộ " + u.name(), "can-bo-demo", Role.UNIT_OFFICER,
                        u.code());
            }
        }
        LOG.info("Demo data imported: {} units, {} periods, {} demo accounts", units.count(), periods.all().size(),
                accounts.count());
    }
}
