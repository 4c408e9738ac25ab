package org.parindex.app.assessments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.TestBundles;

/** The small test bundle imported once, and new periods of its units opened by the admin (a bean by @Import). */
class WorkflowFixture {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);
    static final Viewer APPRAISER = new Viewer("appraiser", Role.APPRAISER, null);
    static final Viewer APPRAISER_2 = new Viewer("appraiser-2", Role.APPRAISER, null);
    static final Viewer OFFICER = new Viewer("can-bo-hai-truong", Role.UNIT_OFFICER, "hai-truong");
    static final Viewer OTHER_OFFICER = new Viewer("can-bo-hai-an", Role.UNIT_OFFICER, "hai-an");
    static final List<String> UNITS = List.of("dien-sanh", "hai-an", "hai-ba", "hai-truong");

    private final BundleImport bundles;
    private final Periods periods;
    private final PeriodLifecycle lifecycle;
    private final org.parindex.app.frameworks.Frameworks frameworks;

    WorkflowFixture(BundleImport bundles, Periods periods, PeriodLifecycle lifecycle,
                    org.parindex.app.frameworks.Frameworks frameworks) {
        this.frameworks = frameworks;
        this.bundles = bundles;
        this.periods = periods;
        this.lifecycle = lifecycle;
    }

    /** A new period of the four units in draft, deadlines counted from today; round 2 when asked. */
    Period open(String code, int selfDueInDays, boolean roundTwo) {
        importOnce();
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return lifecycle.open(ADMIN, code, "Năm " + code, framework, UNITS, today.plusDays(selfDueInDays),
                today.plusDays(selfDueInDays + 7), today.plusDays(selfDueInDays + 3),
                roundTwo ? today.plusDays(selfDueInDays + 10) : null);
    }

    /** A new period of the four units in draft with a framework of the test resources (e.g. /frameworks/x.yaml). */
    Period openWith(String code, String framework, int selfDueInDays) {
        importOnce();
        String source;
        try (var in = WorkflowFixture.class.getResourceAsStream(framework)) {
            source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = frameworks.store(framework.substring(framework.lastIndexOf('/') + 1), source).id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return lifecycle.open(ADMIN, code, "Năm " + code, id, UNITS, today.plusDays(selfDueInDays),
                today.plusDays(selfDueInDays + 7), today.plusDays(selfDueInDays + 3), null);
    }

    int version(String code) {
        return periods.find(code).orElseThrow().version();
    }

    private synchronized void importOnce() {
        if (periods.find("2023-H1").isPresent()) {
            return;
        }
        try {
            Path dir = TestBundles.small(Files.createTempDirectory("parindex-workflow"));
            bundles.apply(bundles.prepare(dir), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
