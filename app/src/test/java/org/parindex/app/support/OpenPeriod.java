package org.parindex.app.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.periods.Periods;

/** The small test bundle imported, then a new period "2026" of Hải Trường and Hải An opened in draft on its framework. */
public final class OpenPeriod {

    private OpenPeriod() { }

    public static void of2026(BundleImport bundles, PeriodLifecycle lifecycle, Periods periods, Path dir) {
        bundles.apply(bundles.prepare(TestBundles.small(dir)), "test");
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        LocalDate today = LocalDate.now();
        lifecycle.open(new Viewer("admin", Role.ADMIN, null), "2026", "Năm 2026", framework,
                List.of("hai-truong", "hai-an"), today.plusDays(9), today.plusDays(20), today.plusDays(12), null);
    }
}
