package org.parindex.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.history.History;
import org.parindex.core.io.BundleReader;
import org.parindex.core.text.Figures;

class FindingsTest {

    static BundleResults results;

    @BeforeAll
    static void readDemo(@TempDir Path dir) {
        DemoBundle.write(dir);
        results = BundleResults.of(BundleReader.read(dir));
    }

    @Test
    void haiTruongsWeakSpotsAreTheOnesTheSourcePageNames() {
        PeriodResult period = results.result("2023-H1");
        UnitResult unit = period.unit("hai-truong").orElseThrow();
        Findings f = Findings.of(period, unit, new History(results).change("2023-H1", "hai-truong").orElseThrow());

        assertThat(f.fallen()).extracting(c -> c.node().code()).startsWith("6").contains("7", "1", "2");
        assertThat(f.fallen()).allMatch(c -> c.delta() <= -Findings.NOTABLE_FALL);
        assertThat(f.belowPeers()).extracting(g -> g.node().code()).contains("6", "7");
        assertThat(f.belowPeers()).allMatch(g -> g.average() - g.percent() >= Findings.FAR_BELOW);
        assertThat(f.rates()).extracting(r -> r.node().source())
                .contains("indicator:online-dossier-rate", "indicator:leader-signature-rate", "indicator:disbursement-rate");
        assertThat(f.rates()).isSortedAccordingTo((a, b) -> Double.compare(b.lost(), a.lost()));
        assertThat(f.room()).first().extracting(r -> r.node().code()).isEqualTo("7");
    }

    @Test
    void theBestUnitHasNothingFarBelowItsPeers() {
        PeriodResult period = results.result("2023-H1");
        UnitResult best = period.ranking().get(0);

        assertThat(Findings.of(period, best, null).belowPeers()).isEmpty();
        assertThat(Findings.of(period, best, null).fallen()).isEmpty();
    }

    @Test
    void theReportOfAUnitWithoutEarlierPeriodsHasNoTrend() {
        String text = NarrativeReport.write(results, "2019", "hai-tho", Figures.VIETNAMESE);

        assertThat(text).contains("Xã Hải Thọ đạt").contains("trong tổng số 20 xã, thị trấn")
                .doesNotContain("Thứ hạng qua các kỳ").doesNotContain("So với");
    }

    @Test
    void theReportOfAMergedUnitNamesItsPredecessors() {
        String text = NarrativeReport.write(results, "2020", "dien-sanh", Figures.VIETNAMESE);

        assertThat(text).contains("- Năm 2019: trước khi sáp nhập; các đơn vị tiền thân: ")
                .contains("Xã Hải Thọ thứ ").contains("Thị trấn Hải Lăng thứ ");
    }
}
