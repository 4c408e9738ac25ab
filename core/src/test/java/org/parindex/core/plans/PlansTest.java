package org.parindex.core.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.analysis.Targets;
import org.parindex.core.analysis.WhatIf;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;

/** Improvement plans on the demo: the plans file read and written, starting points and progress of an action. */
class PlansTest {

    static Bundle bundle;
    static BundleResults results;
    static final String FILE = "plans/2023-H1.csv";

    @BeforeAll
    static void readDemo(@TempDir Path dir) {
        DemoBundle.write(dir);
        bundle = BundleReader.read(dir);
        results = BundleResults.of(bundle);
    }

    static Period period() {
        return bundle.period("2023-H1").orElseThrow();
    }

    @Test
    void aPlanWithNotesIsWrittenAndReadBackTheSame() {
        PlanAction online = new PlanAction("hai-truong", "1", "Hướng dẫn người dân nộp hồ sơ trực tuyến, \"một cửa\"",
                List.of("7.3", "7.3.1"), "Bộ phận một cửa", LocalDate.of(2023, 12, 31), ActionStatus.IN_PROGRESS,
                List.of(new PlanAction.Note(LocalDate.of(2023, 9, 1), "Đã tập huấn 3 thôn"),
                        new PlanAction.Note(LocalDate.of(2023, 10, 1), "Tỷ lệ đạt 30%")));
        PlanAction audit = new PlanAction("hai-truong", "2", "Thực hiện kiến nghị kiểm toán", List.of("6.3.1"),
                "Kế toán", LocalDate.of(2023, 11, 30), ActionStatus.PLANNED, List.of());
        String text = PlansCsv.write(List.of(online, audit));
        assertThat(text).startsWith("unit,action,title,nodes,owner,due,status,note_date,note");
        assertThat(text.lines()).hasSize(4);

        Problems problems = new Problems();
        List<PlanAction> read = PlansCsv.parse(text, FILE, period(), bundle.unitsByCode(), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(read).containsExactly(online, audit);
    }

    @Test
    void everyProblemIsNamedWithFileAndLine() {
        String text = """
                unit,action,title,nodes,owner,due,status,note_date,note
                no-such-unit,1,T,7.3,O,2023-12-31,planned,,
                hai-truong,../x,T,7.3,O,2023-12-31,planned,,
                hai-truong,2,,9.9;7.3,O,2023-13-01,later,,
                hai-truong,3,T,7.3,O,2023-12-31,done,2023-01-01,
                hai-truong,4,T,7.3,O,2023-12-31,done,,
                hai-truong,4,Other title,7.3,O,2023-12-31,done,,
                hai-truong,5,T,,O,2023-12-31,done,,
                """;
        Problems problems = new Problems();
        List<PlanAction> read = PlansCsv.parse(text, FILE, period(), bundle.unitsByCode(), problems);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                FILE + ":2: unit \"no-such-unit\" is not in units.csv",
                FILE + ":3: action code \"../x\" must be " + org.parindex.core.bundle.Codes.RULE,
                FILE + ":4: title is empty",
                FILE + ":4: nodes: \"9.9\" is not a node of the period's framework",
                FILE + ":4: due \"2023-13-01\" is not a date YYYY-MM-DD",
                FILE + ":4: status \"later\" must be planned, in-progress, done or dropped",
                FILE + ":5: note_date and note are both given or both empty",
                FILE + ":7: action 4 of unit hai-truong has a title, nodes, owner, due date or status different from line 6",
                FILE + ":8: nodes: at least one node code (e.g. 7.3), separated by ';'");
        assertThat(read).as("nothing of a row with a problem").extracting(PlanAction::code).containsExactly("4");
    }

    @Test
    void startingPointsAreTheWeakestItemsAndTheFailingRates() {
        PeriodResult r = results.result("2023-H1");
        StartingPoints s = StartingPoints.of(Targets.of(WhatIf.of(r), r, "hai-truong"), 3);
        assertThat(s.failingRates()).extracting(x -> x.node().code()).containsExactly("7.3.1", "7.2.2", "6.1.3");
        assertThat(s.weakest()).extracting(x -> x.node().code()).first().isEqualTo("2.2.2");
        assertThat(s.weakest()).hasSize(3);
    }

    @Test
    void anActionOnFieldSevenShowsItsPointsBeforeAndAfter() {
        var before = results.unit("2022", "hai-truong").orElseThrow();
        var after = results.unit("2023-H1", "hai-truong").orElseThrow();
        ActionProgress p = ActionProgress.of(List.of("7", "no-such-node"), before, after);
        ActionProgress.NodeChange seven = p.nodes().get(0);
        assertThat(seven.before()).isCloseTo(9.15, within(1e-9));
        assertThat(seven.after()).isCloseTo(4.96, within(1e-9));
        assertThat(seven.improved()).isFalse();
        assertThat(p.nodes().get(1).percentChange()).isNaN();
        assertThat(p.percentChange()).isCloseTo(seven.percentChange(), within(1e-9));
    }
}
