package org.parindex.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A field's mean and its best and worst units over a period. */
class FieldSpreadTest {

    @Test
    void theMeanLeavesOutUnitsTheFieldDoesNotApplyToAndTiesKeepTheRankingOrder() {
        Map<String, Double> percents = new LinkedHashMap<>();
        percents.put("a", 80.0);
        percents.put("b", null);
        percents.put("c", 60.0);
        percents.put("d", 80.0);
        percents.put("e", 40.0);

        FieldSpread spread = FieldSpread.of(percents, 2);

        assertThat(spread.average()).isEqualTo(65.0);
        assertThat(spread.best()).extracting(FieldSpread.UnitPercent::unit).containsExactly("a", "d");
        assertThat(spread.worst()).extracting(FieldSpread.UnitPercent::unit).containsExactly("e", "c");
    }

    @Test
    void aFieldNoUnitHasHasNoMean() {
        FieldSpread spread = FieldSpread.of(Map.of(), FieldSpread.BEST_AND_WORST);

        assertThat(spread.average()).isNaN();
        assertThat(spread.best()).isEmpty();
    }
}
