package org.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.Problems;

class SyntheticPeriodTest {

    @Test
    void generatesTheRequestedUnitsAndLeavesAndScoresWithinZeroToHundred() {
        SyntheticPeriod data = SyntheticPeriod.generate(500, 300);

        assertThat(data.units()).hasSize(500);
        assertThat(data.leafCount()).isEqualTo(300);
        assertThat(data.framework().allNodes().stream().filter(Node::isLeaf)).hasSize(300);
        assertThat(data.framework().nodes()).hasSize(8);
        Set<String> rules = data.framework().allNodes().stream().filter(Node::isLeaf)
                .map(n -> n.rule().type()).collect(Collectors.toSet());
        assertThat(rules).contains("manual", "yesno", "choice", "tiers", "linear", "count");
        assertThat(data.framework().allNodes()).extracting(Node::kind).contains(NodeKind.BONUS, NodeKind.DEDUCTION);
        assertThat(data.period().rows()).anyMatch(ScoreRow::notApplicable);

        Problems problems = new Problems();
        ScoreSheet sheet = ScoreSheet.bind(new Plan(data.framework()), data.period(), data.unitsByCode(), Stage.FINAL,
                problems);
        assertThat(problems.list()).isEmpty();
        PeriodResult result = Engine.score(sheet);

        assertThat(result.size()).isEqualTo(500);
        List<UnitResult> ranking = result.ranking();
        assertThat(ranking).allSatisfy(r -> assertThat(r.index()).isBetween(0.0, 100.0));
        assertThat(ranking).anyMatch(r -> r.missing() > 0);
        assertThat(ranking.get(0).index()).isGreaterThan(ranking.get(ranking.size() - 1).index());
        UnitResult first = ranking.get(0);
        assertThat(first.maximum("1")).isEqualTo(data.framework().nodes().get(0).max());
        assertThat(first.points("1")).isPositive();
        UnitResult commune = ranking.stream().filter(r -> r.unit().group().equals("commune")).findFirst().orElseThrow();
        assertThat(commune.maximum("3.1")).isZero();   // criterion 3.1 is for wards and towns only
    }

    @Test
    void theSameSeedGivesTheSamePeriodAndOtherSizesWork() {
        SyntheticPeriod a = SyntheticPeriod.generate(50, 150, 7);
        SyntheticPeriod b = SyntheticPeriod.generate(50, 150, 7);

        assertThat(a.period().rows()).isEqualTo(b.period().rows());
        assertThat(a.leafCount()).isEqualTo(150);
        assertThat(a.leafPoints()).hasSize(50 * 150);
    }

    @Test
    void writesABundleThatCoreReadsBackToTheSameIndices(@TempDir Path dir) throws Exception {
        SyntheticPeriod data = SyntheticPeriod.generate(40, 60, 3);
        data.writeBundle(dir);

        Bundle bundle = BundleReader.read(dir);
        PeriodResult read = Engine.score(ScoreSheet.bind(new Plan(bundle.periods().get(0).framework()),
                bundle.periods().get(0), bundle.unitsByCode(), Stage.FINAL, new Problems()));
        PeriodResult built = Engine.score(ScoreSheet.bind(new Plan(data.framework()), data.period(),
                data.unitsByCode(), Stage.FINAL, new Problems()));

        assertThat(read.ranking()).extracting(r -> r.unit().code(), UnitResult::index)
                .isEqualTo(built.ranking().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.unit().code(),
                        r.index())).toList());
    }

    @Test
    void theColumnarPrototypeAgreesWithTheEngine() {
        SyntheticPeriod data = SyntheticPeriod.generate(300, 120, 11);
        PeriodResult result = Engine.score(ScoreSheet.bind(new Plan(data.framework()), data.period(),
                data.unitsByCode(), Stage.FINAL, new Problems()));

        double[] index = new ColumnarPrototype(data.framework(), data.units(), data.period().rows()).score();

        for (int u = 0; u < index.length; u++) {
            assertThat(index[u]).isCloseTo(result.unit(data.units().get(u).code()).orElseThrow().index(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
