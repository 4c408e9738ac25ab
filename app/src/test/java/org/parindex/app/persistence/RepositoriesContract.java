package org.parindex.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.accounts.Account;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.scores.Scores;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.audit.Audit;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.support.TestBundles;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.AppraisalRound;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStages;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.app.support.Database;
import org.parindex.app.results.internal.StoredResults;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every repository and the migrations, run on H2 and on PostgreSQL by the two subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parindex.demo=false")
abstract class RepositoriesContract {

    private static final Viewer COUNCIL = new Viewer("appraiser", Role.APPRAISER, null);

    @Autowired JdbcClient jdbc;
    @Autowired Units units;
    @Autowired Frameworks frameworks;
    @Autowired Periods periods;
    @Autowired PeriodStages stages;
    @Autowired Scores scores;
    @Autowired Accounts accounts;
    @Autowired Audit audit;
    @Autowired BundleImport bundles;
    @Autowired org.parindex.app.plans.Plans plans;
    @Autowired org.parindex.app.results.Results results;
    @Autowired org.parindex.app.opendata.PublicationLog publications;
    @Autowired org.parindex.app.visits.Visits visits;
    @Autowired StoredResults storedResults;

    static final String FRAMEWORK = """
            format: parindex/framework@1
            id: tiny
            name: Bộ chỉ số nhỏ
            bands:
              - { code: kha, name: Khá, min: 70 }
              - { code: yeu, name: Yếu, min: 0 }
            nodes:
              - code: "1"
                name: Lĩnh vực một
                children:
                  - { code: "1.1", name: Tiêu chí, max: 10 }
            """;

    @BeforeEach
    void empty() {
        Database.empty(jdbc);
    }

    @Test
    void migrationsRanOnce() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unitsKeepLineageAndDetectConcurrentEdits() {
        units.add(new Unit("hai-tho", "Xã Hải Thọ", "commune", null, null, List.of(), 0));
        units.add(new Unit("hai-lang", "Thị trấn Hải Lăng", "town", null, null, List.of(), 0));
        Unit.Merger merger = Unit.merge(List.of(units.find("hai-tho").orElseThrow(),
                units.find("hai-lang").orElseThrow()), "dien-sanh", "Thị trấn Diên Sanh", "town", LocalDate.of(2020, 1, 1));
        merger.retired().forEach(units::update);
        units.add(merger.formed());
        Unit merged = merger.formed();
        assertThat(units.find("dien-sanh")).get().extracting(Unit::predecessors).isEqualTo(List.of("hai-tho", "hai-lang"));
        assertThat(units.find("hai-tho").orElseThrow().validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(merged.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));

        units.update(units.find("dien-sanh").orElseThrow().renamed("TT Diên Sanh", 0));
        assertThat(units.find("dien-sanh").orElseThrow().name()).isEqualTo("TT Diên Sanh");
        assertThatThrownBy(() -> units.update(units.find("dien-sanh").orElseThrow().renamed("stale", 0)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        units.update(units.find("dien-sanh").orElseThrow().retiredAfter(LocalDate.of(2025, 6, 30), 1));
        assertThat(units.find("dien-sanh").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.all()).extracting(Unit::code).containsExactly("hai-lang", "dien-sanh", "hai-tho");
    }

    @Test
    void frameworkVersionsAreImmutableRevisions() {
        FrameworkVersion first = frameworks.store("tiny.yaml", FRAMEWORK);
        assertThat(frameworks.store("tiny.yaml", FRAMEWORK).id()).isEqualTo(first.id());
        FrameworkVersion second = frameworks.store("tiny.yaml", FRAMEWORK.replace("max: 10", "max: 20"));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.maxPoints()).isEqualTo(20);
        assertThat(frameworks.byId(first.id()).orElseThrow().framework().max()).isEqualTo(10);
        assertThat(frameworks.inUse(first.id())).isFalse();
    }

    @Test
    void periodsScoresAndTheirConstraints() {
        units.add(new Unit("hai-an", "Xã Hải An", "commune", null, null, List.of(), 0));
        FrameworkVersion fw = frameworks.store("tiny.yaml", FRAMEWORK);
        Period p = new Period("2023", "Năm 2023", fw.id(), PeriodStatus.DRAFT, periods.nextOrdinal(), null, null, null,
                LocalDate.of(2023, 10, 1), LocalDate.of(2023, 11, 1),
                List.of(new AppraisalRound(1, LocalDate.of(2023, 11, 15)), new AppraisalRound(2, null)),
                List.of("hai-an"), 0);
        periods.save(p);
        assertThat(periods.find("2023")).get().isEqualTo(p);
        assertThat(frameworks.inUse(fw.id())).isTrue();
        stages.apply(p.advanced());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM results").query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> stages.apply(periods.find("2023").orElseThrow().readAt(0).advanced()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        scores.replaceAll("2023", List.of(new ScoreRow("hai-an", "1.1", "8", "ghi chú", Stage.SELF, "kh.pdf", 2),
                new ScoreRow("hai-an", "1.1", "7.5", "", Stage.FINAL, "", 3)), "admin");
        assertThat(scores.of("2023")).extracting(ScoreRow::value, ScoreRow::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8", Stage.SELF),
                        org.assertj.core.groups.Tuple.tuple("7.5", Stage.FINAL));
        String stamp = scores.stamp("2023");
        assertThat(scores.stamp("2023")).isEqualTo(stamp);
        scores.put("2023", "hai-an", "1.1", Stage.SELF, "9", "", "admin");
        assertThat(scores.stamp("2023")).as("a changed row changes the stamp (issue 10's forecast cache)")
                .isNotEqualTo(stamp);
        Period open = periods.find("2023").orElseThrow();
        while (open.nextStatus() != PeriodStatus.LOCKED) {
            open = stages.apply(open.advanced());
        }
        stages.apply(open.locked());
        assertThat(jdbc.sql("SELECT index_pct FROM results WHERE unit_code = 'hai-an'").query(Double.class).single())
                .as("locking a period stores its results").isEqualTo(75.0);
        assertThatThrownBy(() -> scores.replaceAll("2023", List.of(new ScoreRow("nobody", "1.1", "1", "", Stage.FINAL,
                "", 2)), "admin")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void accountsLockAfterFiveFailedLogins() {
        Account a = accounts.create("can-bo-hai-an", "Cán bộ Hải An", "secret-pw", Role.ADMIN, null);
        assertThat(a.passwordHash()).startsWith("$2");
        for (int i = 0; i < 4; i++) {
            accounts.loginFailed("can-bo-hai-an");
        }
        assertThat(accounts.find("can-bo-hai-an").orElseThrow().isLockedAt(java.time.OffsetDateTime.now())).isFalse();
        accounts.loginFailed("can-bo-hai-an");
        assertThat(accounts.find("can-bo-hai-an").orElseThrow().isLockedAt(java.time.OffsetDateTime.now())).isTrue();
        accounts.resetPassword(a.id(), "new-secret");
        assertThat(accounts.find("can-bo-hai-an").orElseThrow().lockedUntil()).isNull();
        assertThatThrownBy(() -> accounts.create("x", "X", "pw", Role.UNIT_OFFICER, null))
                .isInstanceOf(org.parindex.app.accounts.AccountChangeRefused.class);
    }

    @Test
    void anImportAppendsChainedPublicationsWithTheirOpenDataAndVisitsAreCountedPerDay(@TempDir Path dir)
            throws Exception {
        bundles.apply(bundles.prepare(TestBundles.small(dir)), "admin");
        var entries = publications.entries();
        assertThat(entries).extracting(e -> e.period() + ":" + e.kind())
                .containsExactly("2019:imported", "2022:imported", "2023-H1:imported");
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(publications.check()).isEmpty();
        var open = publications.latest("2023-H1").orElseThrow();
        assertThat(org.parindex.core.integrity.Sha256.of(open.bundleZip())).isEqualTo(open.entry().bundleSha256());
        assertThat(org.parindex.core.integrity.Sha256.of(open.resultsCsv())).isEqualTo(open.entry().resultsSha256());
        assertThat(open.entry().at()).isEqualTo(entries.get(2).at());

        assertThat(visits.count("/results/2023-H1")).isEqualTo(new org.parindex.app.visits.Visits.Count(1, 1));
        assertThat(visits.count("/results/2023-H1")).isEqualTo(new org.parindex.app.visits.Visits.Count(2, 2));
        assertThat(visits.count("/")).isEqualTo(new org.parindex.app.visits.Visits.Count(1, 1));
        visits.flush();
        assertThat(jdbc.sql("SELECT visits FROM page_visits WHERE page = '/results/2023-H1'").query(Long.class)
                .single()).isEqualTo(2);
        assertThat(visits.count("/results/2023-H1")).isEqualTo(new org.parindex.app.visits.Visits.Count(3, 3));
        visits.flush();
        assertThat(jdbc.sql("SELECT page, visits FROM page_visits ORDER BY page").query().listOfRows())
                .extracting(r -> r.get("page") + "=" + r.get("visits")).containsExactly("/=1", "/results/2023-H1=3");
    }

    @Test
    void auditIsAppendOnly() {
        audit.record("admin", "unit.rename", "hai-an", "Xã Hải An → Hải An");
        audit.record(null, "bundle.import", "demo", null);
        assertThat(audit.latest(10)).extracting(e -> e.action()).containsExactly("bundle.import", "unit.rename");
        assertThat(audit.latest(10).get(0).actor()).isEqualTo("system");
    }

    @Test
    void plansKeepActionsAndNotesAndRefuseAStaleChange(@TempDir Path dir) throws Exception {
        bundles.apply(bundles.prepare(TestBundles.small(dir)), "admin");
        var a = plans.add("2023-H1", "hai-truong", new org.parindex.app.plans.Plans.Draft("Một cửa", "1.1; 1.2",
                "Văn phòng", "2023-12-31", "in-progress"), "can-bo-hai-truong");
        assertThat(a.nodes()).containsExactly("1.1", "1.2");
        plans.note(a.id(), a.version(), "Đã tập huấn", null, null, "can-bo-hai-truong");
        assertThatThrownBy(() -> plans.note(a.id(), a.version(), "cũ", null, null, "can-bo-hai-truong"))
                .isInstanceOf(org.parindex.app.plans.PlanRefused.class);
        var b = plans.find(a.id());
        assertThat(b.notes()).extracting(n -> n.text()).containsExactly("Đã tập huấn");
        plans.update(a.id(), b.version(), new org.parindex.app.plans.Plans.Draft("Một cửa", "1.2", "Văn phòng",
                "2023-12-31", "done"), "can-bo-hai-truong");
        assertThat(plans.find(a.id()).status()).isEqualTo("done");
        assertThat(plans.export("2023-H1")).singleElement().satisfies(x -> assertThat(x.notes()).hasSize(1));
        plans.replaceAll("2023-H1", List.of(), "admin");
        assertThat(plans.of("2023-H1", null)).isEmpty();
    }

    @Test
    void importingTheDemoBundleStoresResultsThatCoreComputed(@TempDir Path dir) throws Exception {
        bundles.apply(bundles.prepare(TestBundles.small(dir)), "admin");
        assertThat(periods.all()).extracting(Period::code).containsExactly("2019", "2022", "2023-H1");
        assertThat(periods.find("2023-H1").orElseThrow().status()).isEqualTo(PeriodStatus.PUBLISHED);
        double index = jdbc.sql("SELECT index_pct FROM results WHERE period_code = '2023-H1' AND unit_code = 'hai-truong'")
                .query(Double.class).single();
        assertThat(index).isCloseTo(73.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(audit.latest(1).get(0).action()).isEqualTo("bundle.import");
        // importing the same bundle again changes nothing but replaces the periods
        var again = bundles.prepare(dir);
        assertThat(again.preview().count(org.parindex.app.bundles.ImportPreview.Kind.UNIT_NEW)).isZero();
        assertThat(again.preview().count(org.parindex.app.bundles.ImportPreview.Kind.PERIOD_REPLACED)).isEqualTo(3);
        assertThat(again.preview().count(org.parindex.app.bundles.ImportPreview.Kind.FRAMEWORK_SAME)).isEqualTo(1);
        bundles.apply(again, "admin");
        assertThat(frameworks.all()).hasSize(1);
    }

    @Test
    void everyStoredNodeResultIsCoresThroughThePackedColumns(@TempDir Path dir) throws Exception {
        // one item not applicable to Diên Sanh in 2023-H1 (the framework allows it there)
        Path scoresFile = TestBundles.small(dir).resolve("scores/2023-H1.csv");
        Path framework = dir.resolve("frameworks/commune-demo.yaml");
        java.nio.file.Files.writeString(framework, java.nio.file.Files.readString(framework)
                .replace("name: Mức độ hoàn thành kế hoạch CCHC, max: 6 }",
                        "name: Mức độ hoàn thành kế hoạch CCHC, max: 6, notApplicable: exclude }"));
        java.nio.file.Files.writeString(scoresFile, java.nio.file.Files.readString(scoresFile)
                .replace("dien-sanh,1.2,5,", "dien-sanh,1.2,NA,"));
        var plan = bundles.prepare(dir);
        bundles.apply(plan, "admin");
        var expected = org.parindex.core.history.BundleResults.of(plan.bundle());
        java.util.Set<String> entries = new java.util.TreeSet<>();
        double deducted = 0;
        for (String period : List.of("2019", "2022", "2023-H1")) {
            var result = expected.result(period);
            var fields = result.framework().nodes();
            java.util.Map<String, StoredResults.NodeRow> topLevel = new java.util.HashMap<>();
            storedResults.topLevel(period).forEach(n -> topLevel.put(n.unit() + " " + n.node(), n));
            int stored = 0;
            for (var r : result.ranking()) {
                List<StoredResults.NodeRow> want = new java.util.ArrayList<>();
                for (var n : result.framework().allNodes()) {
                    var v = r.node(n.code());
                    if (v.entry() != org.parindex.core.engine.UnitResult.Entry.NOT_FOR_GROUP) {
                        double pct = r.percent(n.code());
                        want.add(new StoredResults.NodeRow(r.unit().code(), n.code(), fields.contains(n),
                                Double.isNaN(v.points()) ? null : v.points(), v.maximum(),
                                Double.isNaN(pct) ? null : pct, v.entry().name()));
                    }
                }
                List<StoredResults.NodeRow> got = storedResults.nodes(period, r.unit().code());
                assertThat(got).as(period + " " + r.unit().code()).containsExactlyInAnyOrderElementsOf(want);
                got.stream().filter(StoredResults.NodeRow::topLevel)
                        .forEach(n -> assertThat(topLevel.get(n.unit() + " " + n.node())).isEqualTo(n));
                stored += (int) got.stream().filter(StoredResults.NodeRow::topLevel).count();
                got.forEach(n -> entries.add(n.entry()));
                deducted = Math.max(deducted, got.stream().filter(n -> n.node().equals("D") && n.points() != null)
                        .mapToDouble(n -> Math.abs(n.points())).max().orElse(0));
            }
            assertThat(topLevel).hasSize(stored);
        }
        // the bundle has every kind of entry, a bonus and a deduction field, and a deduction applied
        assertThat(entries).contains("VALUE", "NOT_APPLICABLE", "MISSING", "PARENT");
        assertThat(storedResults.nodes("2023-H1", "hai-truong")).extracting(StoredResults.NodeRow::node)
                .contains("B", "D");
        assertThat(deducted).isPositive();
        assertThat(storedResults.nodes("2023-H1", "nobody")).isEmpty();
    }

    @Test
    void resultsApiReadsStoredResultsWithRankChangesFollowingLineage(@TempDir Path dir) throws Exception {
        bundles.apply(bundles.prepare(TestBundles.small(dir)), "admin");
        var ranking = results.ranking("2023-H1").orElseThrow();
        assertThat(ranking.previousPeriod()).isEqualTo("2022");
        assertThat(ranking.rows()).extracting(r -> r.unit() + ":" + r.rank() + ":" + r.rankChange())
                .containsExactly("dien-sanh:1:0", "hai-an:2:1", "hai-truong:3:-1", "hai-ba:4:0");
        var truong = ranking.rows().get(2);
        assertThat(truong.index()).isCloseTo(73.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(truong.bandName()).isEqualTo("Khá");
        assertThat(truong.fields()).containsKey("1");
        assertThat(truong.fields().get("1")).isCloseTo(53.5714, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(truong.fields().get("7")).isCloseTo(38.1538, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(ranking.fields()).extracting(f -> f.code()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8",
                "B", "D");

        var dienSanh2022 = results.ranking("2022").orElseThrow().rows().get(0);
        assertThat(dienSanh2022.previousUnit()).isEqualTo("hai-lang-town");
        assertThat(dienSanh2022.previousRank()).isEqualTo(1);

        var page = results.unitPage("hai-truong", "2023-H1", COUNCIL).orElseThrow();
        assertThat(page.headline().rank()).isEqualTo(3);
        assertThat(page.headline().of()).isEqualTo(4);
        assertThat(page.headline().rankChange()).isEqualTo(-1);
        assertThat(page.fields()).extracting(f -> f.code()).startsWith("1", "2", "3");
        assertThat(page.trend()).extracting(t -> t.period() + ":" + t.rank())
                .containsExactly("2019:2", "2022:2", "2023-H1:3");
        var leaf = page.tree().get(5).children().get(0);
        assertThat(leaf.code()).isEqualTo("6.1");
        assertThat(leaf.value()).isEqualTo("30");
        assertThat(leaf.points()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(leaf.rule().type()).isEqualTo("linear");
        assertThat(results.unitPage("hai-truong", null, COUNCIL).orElseThrow().period().code()).isEqualTo("2023-H1");

        var merged = results.unitPage("dien-sanh", "2022", COUNCIL).orElseThrow();
        assertThat(merged.trend()).extracting(t -> t.period() + ":" + t.unit() + ":" + t.viaLineage())
                .containsExactly("2019:hai-tho:true", "2019:hai-lang-town:true", "2022:dien-sanh:false",
                        "2023-H1:dien-sanh:false");

        var overview = results.overview("2023-H1").orElseThrow();
        assertThat(overview.bands()).extracting(b -> b.code() + "=" + b.count())
                .containsExactly("xuat-sac=1", "tot=1", "kha=1", "trung-binh=1", "yeu=0");
        assertThat(overview.fields().get(3).best().get(0).percent()).isEqualTo(100.0);
        assertThat(results.periods()).extracting(p -> p.code() + ":" + p.demo() + ":" + p.computed())
                .containsExactly("2019:true:true", "2022:true:true", "2023-H1:true:true");
    }
}
