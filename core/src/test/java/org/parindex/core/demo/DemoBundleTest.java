package org.parindex.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/** Golden figures of the Hải Lăng demo bundle, recomputed through the reader and the engine. */
class DemoBundleTest {

    private static final List<String> FIELDS = List.of("1", "2", "3", "4", "5", "6", "7", "8");
    private static final List<String> PERIODS = List.of("2019", "2020", "2021", "2022", "2023-H1");

    @TempDir
    static Path dir;

    private static Bundle bundle;

    @BeforeAll
    static void writeAndRead() {
        DemoBundle.write(dir);
        try {
            bundle = BundleReader.read(dir);
        } catch (BadInputException e) {
            fail("the demo bundle has problems:\n" + e.getMessage());
        }
    }

    private static PeriodResult score(String code) {
        Period period = bundle.period(code).orElseThrow();
        Problems problems = new Problems();
        Plan plan = new Plan(period.framework());
        ScoreSheet sheet = ScoreSheet.bind(plan, period, bundle.unitsByCode(), Stage.FINAL, problems);
        assertThat(problems.list()).as("problems binding %s", code).isEmpty();
        return Engine.score(sheet);
    }

    private static UnitResult unit(PeriodResult result, String code) {
        return result.unit(code).orElseThrow(() -> new AssertionError("no result for " + code));
    }

    private static String fixed(double value) {
        return Numbers.fixed(value, 2);
    }

    @Test
    void writesEveryListedFile() {
        assertThat(DemoBundle.files()).hasSize(12).first().isEqualTo("bundle.yaml");
        for (String name : DemoBundle.files()) {
            assertThat(dir.resolve(name)).isRegularFile();
        }
    }

    @Test
    void writesIntoAFreshNestedFolderAndOverwrites(@TempDir Path other) {
        Path target = other.resolve("a/b");
        DemoBundle.write(target);
        DemoBundle.write(target);
        assertThat(target.resolve("scores/2023-H1.csv")).isRegularFile();
        assertThat(BundleReader.read(target).periods()).hasSize(5);
    }

    @Test
    void bundleIsLabelledAsDemoData() throws Exception {
        assertThat(bundle.title()).isEqualTo("Chỉ số CCHC các xã, thị trấn huyện Hải Lăng (dữ liệu minh họa)");
        assertThat(bundle.assessor()).isEqualTo("UBND huyện Hải Lăng");
        assertThat(bundle.demo()).isTrue();
        assertThat(Files.readString(dir.resolve("bundle.yaml"))).startsWith("#").contains("invented demo data");
        assertThat(bundle.periods()).extracting(Period::code).containsExactlyElementsOf(PERIODS);
        assertThat(bundle.periods()).extracting(Period::name).containsExactly(
                "Năm 2019", "Năm 2020", "Năm 2021", "Năm 2022", "6 tháng đầu năm 2023");
        assertThat(bundle.period("2023-H1").orElseThrow().announced()).hasToString("2023-08-03");
        for (Period p : bundle.periods()) {
            assertThat(p.framework().demo()).as(p.frameworkPath()).isTrue();
        }
    }

    @Test
    void unitsAndLineage() {
        assertThat(bundle.units()).hasSize(24);
        assertThat(bundle.unit("dien-sanh").orElseThrow().predecessors()).containsExactly("hai-tho", "hai-lang-town");
        assertThat(bundle.unit("hai-phong").orElseThrow().predecessors()).containsExactly("hai-hoa", "hai-tan");
        assertThat(bundle.unit("hai-hung").orElseThrow().predecessors()).containsExactly("hai-vinh", "hai-xuan");
        assertThat(bundle.unit("hai-dinh").orElseThrow().predecessors()).containsExactly("hai-thien", "hai-thanh");
        assertThat(bundle.unit("dien-sanh").orElseThrow().group()).isEqualTo("town");
        assertThat(bundle.unit("hai-lang-town").orElseThrow().group()).isEqualTo("town");
        assertThat(bundle.unit("hai-truong").orElseThrow().name()).isEqualTo("Xã Hải Trường");
        assertThat(bundle.unit("hai-tho").orElseThrow().validTo()).hasToString("2019-12-31");
    }

    @Test
    void bothFrameworksHaveTheSameFieldsAndMaxima() {
        Map<String, Double> maxima = new LinkedHashMap<>();
        double[] expected = {7, 6, 19, 15, 4, 5, 13, 31};
        for (int i = 0; i < FIELDS.size(); i++) {
            maxima.put(FIELDS.get(i), expected[i]);
        }
        for (String code : List.of("2022", "2023-H1")) {
            Framework fw = bundle.period(code).orElseThrow().framework();
            assertThat(fw.max()).isEqualTo(100.0);
            assertThat(fw.bands()).extracting(Band::code)
                    .containsExactly("xuat-sac", "tot", "kha", "trung-binh", "yeu");
            maxima.forEach((field, max) -> assertThat(fw.node(field).orElseThrow().max()).isEqualTo(max));
            assertThat(fw.node("B").orElseThrow().kind()).isEqualTo(NodeKind.BONUS);
            assertThat(fw.node("D").orElseThrow().kind()).isEqualTo(NodeKind.DEDUCTION);
        }
    }

    @Test
    void framework2023UsesEveryRuleType() {
        Framework fw = bundle.period("2023-H1").orElseThrow().framework();
        List<Node> leaves = fw.allNodes().stream().filter(Node::isLeaf).toList();
        assertThat(leaves.size()).isBetween(50, 75);
        Set<String> types = new HashSet<>();
        leaves.forEach(n -> types.add(n.rule().type()));
        assertThat(types).containsExactlyInAnyOrder("manual", "yesno", "choice", "tiers", "linear", "count");
        assertThat(leaves).anyMatch(n -> n.rule() instanceof Rule.Tiers t && t.lowerIsBetter());
        assertThat(leaves).anyMatch(n -> n.rule() instanceof Rule.Linear l && l.lowerIsBetter());
        assertThat(leaves).anyMatch(n -> n.source().equals("indicator:online-dossier-rate"));
        assertThat(leaves).anyMatch(n -> n.source().startsWith("survey:"));
        assertThat(fw.allNodes()).filteredOn(n -> !n.unitGroups().isEmpty())
                .singleElement().satisfies(n -> assertThat(n.unitGroups()).containsExactly("town"));
    }

    @Test
    void haiTruongFirstHalf2023IsExactlyTheSourceFigures() {
        PeriodResult r = score("2023-H1");
        assertThat(r.size()).isEqualTo(16);
        UnitResult ht = unit(r, "hai-truong");
        assertThat(ht.rank()).isEqualTo(6);
        assertThat(fixed(ht.index())).isEqualTo("73.90");
        assertThat(fixed(ht.points())).isEqualTo("73.90");
        assertThat(fixed(ht.maximum())).isEqualTo("100.00");
        assertThat(ht.band().code()).isEqualTo("kha");
        assertThat(ht.band().name()).isEqualTo("Khá");
        assertThat(FIELDS.subList(0, 7).stream().map(f -> fixed(ht.percent(f))).toList())
                .containsExactly("53.57", "45.83", "81.05", "100.00", "75.00", "30.00", "38.15");
        assertThat(FIELDS.stream().map(f -> fixed(ht.points(f))).toList())
                .containsExactly("3.75", "2.75", "15.40", "15.00", "3.00", "1.50", "4.96", "27.54");
        assertThat(ht.points("B")).isZero();
        assertThat(ht.points("D")).isZero();
        assertThat(ht.missing()).isZero();
    }

    @Test
    void haiTruongFirstHalf2023ShowsWhyItIsWeak() {
        UnitResult ht = unit(score("2023-H1"), "hai-truong");
        assertThat(ht.node("7.3.1").value()).isLessThan(10);     // online dossiers
        assertThat(ht.node("6.1.3").value()).isLessThan(60);     // public-investment disbursement
        assertThat(ht.node("6.1.3").points()).isZero();
        assertThat(ht.node("7.2.2").value()).isLessThan(20);     // documents signed by leaders
        assertThat(ht.node("2.3.2").points()).isEqualTo(0.5);    // legal dissemination not regular
        PeriodResult r = score("2023-H1");
        for (UnitResult other : r.ranking()) {
            if (!other.unit().code().equals("hai-truong")) {
                assertThat(other.node("7.3.1").value()).as(other.unit().code()).isGreaterThan(ht.node("7.3.1").value());
            }
        }
    }

    @Test
    void haiTruongRanksInHistory() {
        Map<String, Integer> expected = Map.of("2020", 2, "2021", 2, "2022", 4);
        expected.forEach((period, rank) -> {
            PeriodResult r = score(period);
            assertThat(r.size()).as(period).isEqualTo(16);
            assertThat(unit(r, "hai-truong").rank()).as(period).isEqualTo(rank);
        });
        PeriodResult y2019 = score("2019");
        assertThat(y2019.size()).isEqualTo(20);
        List<String> codes = y2019.ranking().stream().map(u -> u.unit().code()).toList();
        assertThat(codes).contains("hai-tho", "hai-lang-town", "hai-hoa", "hai-tan", "hai-vinh", "hai-xuan",
                "hai-thien", "hai-thanh", "hai-truong");
        assertThat(codes).doesNotContain("dien-sanh", "hai-phong", "hai-hung", "hai-dinh");
    }

    @Test
    void haiTruongFallFrom2022IsMostlyInFieldsSixAndSeven() {
        UnitResult y2022 = unit(score("2022"), "hai-truong");
        UnitResult h2023 = unit(score("2023-H1"), "hai-truong");
        for (String field : List.of("1", "2", "6", "7")) {
            assertThat(y2022.points(field) - h2023.points(field)).as("fall in field %s", field).isGreaterThanOrEqualTo(2);
        }
        double fall6and7 = y2022.points("6") + y2022.points("7") - h2023.points("6") - h2023.points("7");
        assertThat(fall6and7).isGreaterThan((y2022.points() - h2023.points()) / 2);
    }

    @Test
    void firstHalf2023HasASharedRank() {
        PeriodResult r = score("2023-H1");
        Map<Integer, List<String>> byRank = new LinkedHashMap<>();
        r.ranking().forEach(u -> byRank.computeIfAbsent(u.rank(), k -> new ArrayList<>()).add(u.unit().code()));
        assertThat(byRank.get(11)).containsExactlyInAnyOrder("hai-ba", "hai-hung");
        assertThat(byRank).doesNotContainKey(12).containsKey(13);
        assertThat(unit(r, "hai-ba").index()).isEqualTo(unit(r, "hai-hung").index(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.ranking().stream().map(UnitResult::rank).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 13, 14, 15, 16);
    }

    @Test
    void firstHalf2023RankingTable() {
        PeriodResult r = score("2023-H1");
        List<String> rows = r.ranking().stream()
                .map(u -> u.rank() + " " + u.unit().code() + " " + fixed(u.index()) + " " + u.band().code()).toList();
        assertThat(rows).containsExactly(
                "1 hai-duong 92.14 xuat-sac",
                "2 dien-sanh 90.48 xuat-sac",
                "3 hai-an 86.75 tot",
                "4 hai-chanh 83.20 tot",
                "5 hai-phu 80.15 tot",
                "6 hai-truong 73.90 kha",
                "7 hai-que 73.45 kha",
                "8 hai-lam 72.86 kha",
                "9 hai-dinh 72.10 kha",
                "10 hai-son 71.55 kha",
                "11 hai-ba 70.95 kha",
                "11 hai-hung 70.95 kha",
                "13 hai-khe 70.60 kha",
                "14 hai-phong 70.15 kha",
                "15 hai-thuong 66.30 trung-binh",
                "16 hai-quy 61.85 trung-binh");
    }

    @Test
    void firstHalf2023DataIsCompleteAndGroupAware() {
        PeriodResult r = score("2023-H1");
        for (UnitResult u : r.ranking()) {
            assertThat(u.missing()).as("missing leaves of %s", u.unit().code()).isZero();
            if (u.unit().group().equals("town")) {
                assertThat(u.node("D.3").entry()).isEqualTo(UnitResult.Entry.VALUE);
            } else {
                assertThat(u.node("D.3").entry()).isEqualTo(UnitResult.Entry.NOT_FOR_GROUP);
            }
        }
        assertThat(unit(r, "dien-sanh").points("D")).isEqualTo(0.25);
        assertThat(r.ranking()).filteredOn(u -> u.points("B") > 0).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.ranking()).filteredOn(u -> u.points("D") > 0).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.ranking()).anyMatch(u -> u.maximum() < 100);   // an excluded item
    }

    @Test
    void everyBandAndRankIsConsistentWithTheIndex() {
        for (String code : PERIODS) {
            PeriodResult r = score(code);
            Framework fw = r.framework();
            List<UnitResult> ranking = r.ranking();
            for (int i = 0; i < ranking.size(); i++) {
                UnitResult u = ranking.get(i);
                String what = code + " " + u.unit().code();
                assertThat(u.index()).as(what).isBetween(0.0, 100.0);
                if (i > 0) {
                    assertThat(u.index()).as(what).isLessThanOrEqualTo(ranking.get(i - 1).index() + 1e-9);
                }
                long better = ranking.stream().filter(o -> Math.round(o.index() * 1e9) > Math.round(u.index() * 1e9))
                        .count();
                assertThat(u.rank()).as(what).isEqualTo((int) better + 1);
                double shown = Numbers.round(u.index(), 2).doubleValue();
                Band expected = fw.bands().stream().filter(b -> shown >= b.min()).findFirst().orElseThrow();
                assertThat(u.band()).as(what).isEqualTo(expected);
                assertThat(u.index()).as(what).isCloseTo(u.points() / u.maximum() * 100,
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
