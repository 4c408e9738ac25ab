package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;

/** Hải Trường 2023-H1 in the demo: the figures the README gives, checked by hand from the scores files. */
class DemoAnalysisTest {

    static BundleResults results;

    @BeforeAll
    static void readDemo(@TempDir Path dir) {
        DemoBundle.write(dir);
        results = BundleResults.of(BundleReader.read(dir));
    }

    @Test
    void haiTruongFellFrom86_45To73_90AndFieldsSixAndSevenCostMost() {
        IndexChange c = IndexChange.of(results, "2023-H1", "hai-truong");

        assertThat(c.previous().code()).isEqualTo("2022");
        assertThat(c.before().index()).isCloseTo(86.45, within(1e-9));
        assertThat(c.before().rank()).isEqualTo(4);
        assertThat(c.after().rank()).isEqualTo(6);
        // 2022 gave field totals of 100 points; 2023-H1 leaves of 100 points: each contribution is points now − before.
        assertThat(c.rounded(2)).extracting(BigDecimal::toPlainString).containsExactly(
                "-2.00", "-2.00", "-1.00", "0.00", "-0.50", "-2.50", "-4.19", "-0.36", "0.00", "0.00", "0.00");
        assertThat(c.passedBy()).extracting(m -> m.unit().unit().code()).containsExactly("hai-chanh", "hai-phu");
        assertThat(c.passed()).isEmpty();
    }

    @Test
    void haiTruongNeeds6_10ToReachTotAnd6_25ToShareFifth() {
        PeriodResult r = results.result("2023-H1");
        Targets t = Targets.of(WhatIf.of(r.sheet(), r), r, "hai-truong");

        assertThat(t.nextBand().orElseThrow().band().code()).isEqualTo("tot");
        assertThat(t.nextBand().orElseThrow().index()).isCloseTo(6.10, within(1e-9));
        assertThat(t.nextRank().orElseThrow().rank()).isEqualTo(5);
        assertThat(t.nextRank().orElseThrow().units()).extracting(u -> u.unit().code()).containsExactly("hai-phu");
        assertThat(t.nextRank().orElseThrow().points()).isCloseTo(6.25, within(1e-9));
        assertThat(t.room().get(0).node().code()).isEqualTo("7.3.1");   // 4.8 % online: 0.24 of 2.5
        assertThat(t.room().get(0).gain()).isCloseTo(2.26, within(1e-9));
    }

    @Test
    void withHalfItsDossiersOnlineHaiTruongWouldScore76_16() {
        PeriodResult r = results.result("2023-H1");
        WhatIf.Outcome o = WhatIf.of(r.sheet(), r).apply("hai-truong", Map.of("7.3.1", "50"));

        assertThat(o.index()).isCloseTo(76.16, within(1e-9));
        assertThat(o.rank()).isEqualTo(6);
        assertThat(o.fields().get("7")).isCloseTo(55.54, within(0.005));
    }
}
