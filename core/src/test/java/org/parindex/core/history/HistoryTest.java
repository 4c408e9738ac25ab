package org.parindex.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.io.BundleReader;

class HistoryTest {

    static BundleResults results;
    static History history;

    @BeforeAll
    static void readDemo(@TempDir Path dir) {
        DemoBundle.write(dir);
        results = BundleResults.of(BundleReader.read(dir));
        history = new History(results);
    }

    @Test
    void aUnitsTrendListsItsRankInEveryPeriod() {
        List<TrendPoint> trend = history.trend("hai-truong");

        assertThat(trend).extracting(t -> t.period().code()).containsExactly("2019", "2020", "2021", "2022", "2023-H1");
        assertThat(trend).allMatch(TrendPoint::isOwn);
        assertThat(trend).extracting(t -> t.own().rank()).containsExactly(3, 2, 2, 4, 6);
        assertThat(trend).extracting(TrendPoint::units).containsExactly(20, 16, 16, 16, 16);
    }

    @Test
    void beforeAMergerTheTrendFollowsThePredecessors() {
        List<TrendPoint> trend = history.trend("dien-sanh");

        TrendPoint before = trend.get(0);
        assertThat(before.period().code()).isEqualTo("2019");
        assertThat(before.isOwn()).isFalse();
        assertThat(before.predecessors()).extracting(r -> r.unit().code())
                .containsExactlyInAnyOrder("hai-tho", "hai-lang-town");
        assertThat(before.index()).isEqualTo(before.predecessors().stream()
                .mapToDouble(UnitResult::index).average().orElseThrow());
        assertThat(trend.get(1).isOwn()).isTrue();
    }

    @Test
    void aRetiredUnitsTrendEndsWithItsLastPeriod() {
        assertThat(history.trend("hai-tho")).extracting(t -> t.period().code()).containsExactly("2019");
    }

    @Test
    void theChangeSinceThePreviousPeriodPutsTheWorstFallFirst() {
        History.Change change = history.change("2023-H1", "hai-truong").orElseThrow();

        assertThat(change.previous().code()).isEqualTo("2022");
        assertThat(change.rankGain()).isEqualTo(-2);
        assertThat(change.indexDelta()).isNegative();
        assertThat(change.nodes().get(0).node().code()).isEqualTo("6");
        assertThat(change.nodes()).isSortedAccordingTo((a, b) -> Double.compare(a.delta(), b.delta()));
    }

    @Test
    void thereIsNoChangeForTheFirstPeriodOrAUnitWithoutAnyEarlierResult() {
        assertThat(history.change("2019", "hai-truong")).isEmpty();
    }

    @Test
    void theFirstPeriodAfterAMergerIsComparedWithTheBestRankedPredecessor() {
        History.Change change = history.change("2020", "dien-sanh").orElseThrow();
        var ranks2019 = results.result("2019").ranks();
        String best = ranks2019.get("hai-tho") < ranks2019.get("hai-lang-town") ? "hai-tho" : "hai-lang-town";

        assertThat(change.viaPredecessor()).isTrue();
        assertThat(change.before().unit().code()).isEqualTo(best);
        assertThat(change.rankGain()).isEqualTo(ranks2019.get(best) - change.after().rank());
    }

    @Test
    void theEarlierRankIsTheUnitsOwnElseItsNearestPredecessorsBest() {
        var units = results.bundle().unitsByCode();

        assertThat(Lineage.earlier("dien-sanh", units, java.util.Map.of("hai-tho", 7, "hai-lang-town", 3, "x", 1)))
                .contains(new Lineage.Earlier("hai-lang-town", 3, false));
        assertThat(Lineage.earlier("dien-sanh", units, java.util.Map.of("dien-sanh", 9, "hai-tho", 1)))
                .contains(new Lineage.Earlier("dien-sanh", 9, true));
        assertThat(Lineage.earlier("dien-sanh", units, java.util.Map.of("hai-truong", 1))).isEmpty();
    }

    @Test
    void lineageGoesBackGenerationByGeneration() {
        var units = results.bundle().unitsByCode();
        assertThat(Lineage.generations("hai-phong", units)).containsExactly(List.of("hai-hoa", "hai-tan"));
        assertThat(Lineage.generations("hai-truong", units)).isEmpty();
    }

    @Test
    void rankingsAreComparableOnlyWhenTheyRankTheSamePopulation() {
        var units = java.util.Map.of(
                "a", new org.parindex.core.bundle.Unit("a", "A", "xa", null, null, List.of()),
                "b", new org.parindex.core.bundle.Unit("b", "B", "xa", null, null, List.of()),
                "c", new org.parindex.core.bundle.Unit("c", "C", "xa", null, null, List.of()),
                "ab", new org.parindex.core.bundle.Unit("ab", "AB", "xa", null, null, List.of("a", "b")));
        java.util.Set<String> before = java.util.Set.of("a", "b", "c");

        assertThat(Lineage.comparable(List.of("a", "b", "c"), before, units)).isTrue();
        assertThat(Lineage.comparable(List.of("ab", "c"), before, units)).as("a merge keeps it comparable").isTrue();
        assertThat(Lineage.comparable(List.of("a"), before, units)).as("1 of 3 ranked now").isFalse();
        assertThat(Lineage.comparable(List.of("a", "b", "c", "d"), before, units)).as("a unit new to the ranking")
                .isFalse();
        assertThat(Lineage.comparable(List.of("a", "b"), java.util.Set.of(), units)).isFalse();
    }
}
