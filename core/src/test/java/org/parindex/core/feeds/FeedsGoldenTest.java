package org.parindex.core.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.analysis.Observation;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Numbers;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.BundleWriter;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/**
 * Indicator files and the survey feed exactly the items that name them: the demo's weekly series and survey end at the
 * scores file's values (every figure of the source page unchanged), a changed file moves the right items and only them,
 * and the latest value on or before the period's end wins.
 */
class FeedsGoldenTest {

    @TempDir
    static Path dir;
    static Bundle demo;
    static Period period;

    @BeforeAll
    static void readDemo() {
        DemoBundle.write(dir);
        demo = BundleReader.read(dir);
        period = demo.period("2023-H1").orElseThrow();
    }

    private static PeriodResult score(Period p) {
        Problems problems = new Problems();
        PeriodResult r = BundleResults.score(p, demo.unitsByCode(), Stage.FINAL, problems);
        assertThat(problems.list()).isEmpty();
        return r;
    }

    @Test
    void theDemoFeedsEveryRateAndSurveyItemWithTheScoresFileValue() {
        List<FedValue> fed = FeedFill.values(period, demo.unitsByCode(), null);
        assertThat(fed).hasSize(16 * 5 + 16 * 5);
        for (FedValue v : fed) {
            String row = period.rows().stream().filter(r -> r.unit().equals(v.unit()) && r.node().equals(v.node()))
                    .findFirst().orElseThrow().value();
            assertThat(Numbers.same(Double.parseDouble(v.value()), Double.parseDouble(row)))
                    .as("%s %s fed %s, row %s", v.unit(), v.node(), v.value(), row).isTrue();
        }
        FedValue online = fed.stream().filter(v -> v.unit().equals("hai-truong") && v.node().equals("7.3.1"))
                .findFirst().orElseThrow();
        assertThat(online).isEqualTo(new FedValue("hai-truong", "7.3.1", "4.8", "indicator:online-dossier-rate",
                LocalDate.of(2023, 6, 30), "Cổng dịch vụ công quốc gia"));
        FedValue access = fed.stream().filter(v -> v.unit().equals("hai-truong") && v.node().equals("8.1.1"))
                .findFirst().orElseThrow();
        assertThat(access.value()).isEqualTo("92.5");
        assertThat(access.origin()).isEqualTo("survey, 200 responses");
    }

    @Test
    void theSourcePageFiguresAreUnchangedWithAndWithoutTheFeeds() {
        PeriodResult fed = score(period);
        PeriodResult plain = score(period.withFeeds(Feeds.NONE));
        UnitResult ht = fed.unit("hai-truong").orElseThrow();
        assertThat(Numbers.fixed(ht.index(), 2)).isEqualTo("73.90");
        assertThat(ht.rank()).isEqualTo(6);
        assertThat(Numbers.fixed(ht.percent("7"), 2)).isEqualTo("38.15");
        for (UnitResult u : plain.ranking()) {
            UnitResult f = fed.unit(u.unit().code()).orElseThrow();
            assertThat(f.index()).as(u.unit().code()).isEqualTo(u.index());
            assertThat(f.rank()).isEqualTo(u.rank());
        }
    }

    @Test
    void aUnitThatTakesPartGetsItsFedItemsBeforeItHasTypedAnyRow() {
        Period nothingTyped = period.withRows(period.rows().stream().filter(r -> !r.unit().equals("hai-truong"))
                .toList());
        Problems problems = new Problems();
        assertThat(BundleResults.score(nothingTyped, demo.unitsByCode(), Stage.FINAL, problems).unit("hai-truong"))
                .as("a bundle's period lists its units by their rows").isEmpty();
        UnitResult ht = BundleResults.score(nothingTyped, demo.unitsByCode(), java.util.Set.of("hai-truong"),
                Stage.FINAL, problems).unit("hai-truong").orElseThrow();
        assertThat(problems.list()).isEmpty();
        UnitResult typed = score(period).unit("hai-truong").orElseThrow();
        assertThat(ht.node("7.3.1").points()).isEqualTo(typed.node("7.3.1").points()).isPositive();
        assertThat(ht.node("8.1.1").points()).isEqualTo(typed.node("8.1.1").points()).isPositive();
    }

    @Test
    void anIndicatorFileChangesItsItemAndOnlyItTheLatestBeforeTheEndWinning() {
        List<Observation> observations = List.of(
                new Observation("hai-truong", "online-dossier-rate", LocalDate.of(2023, 3, 1), "40", "Cổng DVC"),
                new Observation("hai-truong", "online-dossier-rate", LocalDate.of(2023, 6, 2), "20", "Cổng DVC"),
                new Observation("hai-truong", "online-dossier-rate", LocalDate.of(2023, 5, 1), "45", "Cổng DVC"));
        Period changed = period.withFeeds(new Feeds(observations, null, null, List.of()));
        PeriodResult before = score(period.withFeeds(Feeds.NONE));
        PeriodResult after = score(changed);
        assertThat(after.unit("hai-truong").orElseThrow().node("7.3.1").points()).isEqualTo(1.0);   // 2.5 × 20 / 50
        assertThat(changedItems(before, after)).containsExactly("hai-truong 7.3.1");
        assertThat(FeedFill.values(changed, demo.unitsByCode(), LocalDate.of(2023, 5, 15)).get(0).value())
                .isEqualTo("45");
        assertThat(FeedFill.values(changed, demo.unitsByCode(), LocalDate.of(2023, 2, 1))).isEmpty();
    }

    @Test
    void aSurveyChangesItsItemsAndOnlyThemAndTooFewResponsesAreFlaggedNotScored() {
        Survey survey = demoSurvey();
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {       // access: half satisfied; every other factor: everyone
            responses.add(new SurveyResponse("hai-truong", new int[] {i % 2 == 0 ? 5 : 2, i % 2 == 0 ? 4 : 1,
                    5, 5, 4, 4, 5, 5, 4, 4}));
        }
        for (int i = 0; i < 99; i++) {
            responses.add(new SurveyResponse("hai-an", new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
        }
        Feeds feeds = new Feeds(List.of(), survey, "", responses);
        Satisfaction ht = feeds.satisfaction().get("hai-truong");
        assertThat(ht.factors().get("access").percent()).isEqualTo(50.0);
        assertThat(ht.factors().get("access").low()).isBetween(43.0, 44.0);        // Wilson, n = 200
        assertThat(ht.factors().get("access").high()).isBetween(56.0, 57.0);
        assertThat(ht.overall().percent()).isEqualTo(90.0);
        assertThat(ht.belowMinimum()).isFalse();
        assertThat(feeds.satisfaction().get("hai-an").belowMinimum()).isTrue();

        PeriodResult before = score(period.withFeeds(Feeds.NONE));
        PeriodResult after = score(period.withFeeds(feeds));
        assertThat(after.unit("hai-truong").orElseThrow().node("8.1.1").points()).isEqualTo(2.0);   // 4 × 50 %
        assertThat(changedItems(before, after)).containsExactlyInAnyOrder("hai-truong 8.1.1", "hai-truong 8.1.2",
                "hai-truong 8.1.3", "hai-truong 8.1.4", "hai-truong 8.1.5");
    }

    @Test
    void theFeedsAreWrittenAndReadBack(@TempDir Path out) {
        BundleWriter.write(demo, out);
        Bundle again = BundleReader.read(out);
        Period p = again.period("2023-H1").orElseThrow();
        assertThat(p.feeds().observations()).isEqualTo(period.feeds().observations());
        assertThat(p.feeds().responses()).isEqualTo(period.feeds().responses());
        assertThat(p.feeds().survey()).isEqualTo(period.feeds().survey());
    }

    @Test
    void badSurveyFilesAreRefusedWithTheirLinesAndNothingPartial(@TempDir Path bad) throws IOException {
        DemoBundle.write(bad);
        Files.writeString(bad.resolve("surveys/2023-H1.csv"), """
                unit,tc1,tc2
                hai-truong,4,5
                hai-nowhere,4,5
                hai-truong,6,
                hai-truong,,
                """);
        assertThatThrownBy(() -> BundleReader.read(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("surveys/2023-H1.csv:3: unknown unit \"hai-nowhere\"")
                .hasMessageContaining("surveys/2023-H1.csv:4: question tc1: \"6\" is not an answer")
                .hasMessageContaining("surveys/2023-H1.csv:5: no answer in this row");
        String yaml = Files.readString(bad.resolve("surveys/2023-H1.yaml"));
        Files.writeString(bad.resolve("surveys/2023-H1.yaml"), yaml.replace("code: access", "code: speed")
                .replace("feeds: sipas-results", "feeds: sipas-nothing").replace("satisfiedFrom: 4", "satisfiedFrom: 9"));
        Files.delete(bad.resolve("surveys/2023-H1.csv"));
        assertThatThrownBy(() -> BundleReader.read(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("surveys/2023-H1.yaml:10: factor \"speed\" is not a SIPAS factor")
                .hasMessageContaining("no item of framework demo-commune-2023 has source survey:sipas-nothing")
                .hasMessageContaining("surveys/2023-H1.yaml:6: `satisfiedFrom` must be");
    }

    @Test
    void badIndicatorFilesNameEveryProblemWithItsLine(@TempDir Path bad) throws IOException {
        DemoBundle.write(bad);
        Files.writeString(bad.resolve("indicators/2023-H1.csv"), """
                unit,indicator,date,value,source,numerator,denominator
                hai-nowhere,online-dossier-rate,2023-03-01,4,Cổng DVC,,
                hai-truong,nothing-rate,2023-03-01,4,Cổng DVC,,
                hai-truong,online-dossier-rate,2023-07-01,4,Cổng DVC,,
                hai-truong,online-dossier-rate,2023-03-01,140,Cổng DVC,,
                hai-truong,online-dossier-rate,2023-03-02,4,Cổng DVC,4,0
                hai-truong,online-dossier-rate,2023-03-03,4,Cổng DVC,,
                hai-truong,online-dossier-rate,2023-03-03,5,Cổng DVC,,
                """);
        assertThatThrownBy(() -> BundleReader.read(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("indicators/2023-H1.csv:2: unknown unit \"hai-nowhere\"")
                .hasMessageContaining("indicators/2023-H1.csv:3: unknown indicator \"nothing-rate\"")
                .hasMessageContaining("indicators/2023-H1.csv:4: date 2023-07-01 is outside period 2023-H1")
                .hasMessageContaining("indicators/2023-H1.csv:5: rate 140 of indicator online-dossier-rate outside 0..100")
                .hasMessageContaining("indicators/2023-H1.csv:6: denominator 0")
                .hasMessageContaining("indicators/2023-H1.csv:8: unit hai-truong, indicator online-dossier-rate, "
                        + "date 2023-03-03 has value 5 here and 4 on line 7");
    }

    private static Survey demoSurvey() {
        return period.feeds().survey();
    }

    /** "unit node" of every leaf whose points differ. */
    private static List<String> changedItems(PeriodResult before, PeriodResult after) {
        List<String> changed = new ArrayList<>();
        for (UnitResult u : before.ranking()) {
            UnitResult a = after.unit(u.unit().code()).orElseThrow();
            period.framework().allNodes().stream().filter(n -> n.isLeaf()).forEach(n -> {
                if (u.node(n.code()).points() != a.node(n.code()).points()) {
                    changed.add(u.unit().code() + " " + n.code());
                }
            });
        }
        return changed;
    }

}
