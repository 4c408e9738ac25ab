package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTest {

    /**
     * 2022 (final): a 2 + 1.5 + 3.2 (40 online) = 6.7 of 8 = 83.75 (tot); b 2 + 2 = 4 of 8 = 50 (trung-binh).
     * 2023 so far: a answered 1.1 no (self) and 1.2 (self 1, appraised 2); the portal measured a's online rate.
     */
    static final Periods PERIODS = new Periods()
            .year(2022, Periods.POINTS, "a,1.1,yes", "a,1.2,1.5", "a,2.1,40", "a,D.1,0", "b,1.1,yes", "b,1.2,2")
            .year(2023, Periods.POINTS, "a,1.1,no,,self", "a,1.2,1,,self", "a,1.2,2,,appraisal1");

    static final Indicators ONLINE = Indicators.of(List.of(
            new Observation("a", "online", LocalDate.of(2023, 3, 1), "10", "portal"),
            new Observation("a", "online", LocalDate.of(2023, 6, 1), "30", "portal"),
            new Observation("a", "online", LocalDate.of(2023, 9, 1), "45", "portal")));

    static Forecast.UnitForecast unit(Forecast f, String code) {
        return f.unit(code).orElseThrow();
    }

    @Test
    void eachLeafTakesTheIndicatorThenTheLatestStageThenLastPeriodElseItIsUnknown() {
        Forecast f = Forecast.of(PERIODS.bundle(), "2023", LocalDate.of(2023, 6, 30), ONLINE);

        // a: 1.1 no (row) 0, 1.2 appraised 2, 2.1 30 % of 50 → 2.4, D.1 0 (last period), B unknown: 4.4 of 8.
        Forecast.UnitForecast a = unit(f, "a");
        assertThat(a.index()).isCloseTo(55, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.unknown()).isEqualTo(1);
        assertThat(a.low()).isCloseTo(55, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.high()).isCloseTo(67.5, org.assertj.core.api.Assertions.within(1e-9));   // the bonus at 1
        assertThat(a.result().rank()).isEqualTo(1);
        int leaf = f.result().plan().leafPosition(f.result().plan().indexOf("2.1"));
        assertThat(f.origin(leaf, a.result().position())).isEqualTo(Forecast.Origin.INDICATOR);
    }

    @Test
    void unknownLeavesAreZeroInTheForecastWorstInTheLowBoundAndFullInTheHighBound() {
        Forecast f = Forecast.of(PERIODS.bundle(), "2023", LocalDate.of(2023, 6, 30), ONLINE);

        // b: 1.1 and 1.2 from last period (4 of 8); 2.1, B and D.1 unknown.
        Forecast.UnitForecast b = unit(f, "b");
        assertThat(b.unknown()).isEqualTo(3);
        assertThat(b.index()).isEqualTo(50);
        assertThat(b.low()).isEqualTo(37.5);     // the deduction at its cap of 1: 3 of 8
        assertThat(b.high()).isEqualTo(100);     // 4 + 4 + 1 = 9 of 8, held at 100
        assertThat(b.result().rank()).isEqualTo(2);
        assertThat(f.units()).extracting(u -> u.result().unit().code()).containsExactly("a", "b");
    }

    @Test
    void warningsNameAFallingBandAndAnIndicatorBelowFullPoints() {
        Forecast f = Forecast.of(PERIODS.bundle(), "2023", LocalDate.of(2023, 6, 30), ONLINE);

        List<Forecast.Warning> warnings = unit(f, "a").warnings();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).isBand()).isTrue();
        assertThat(warnings.get(0).from().code()).isEqualTo("tot");
        assertThat(warnings.get(0).to().code()).isEqualTo("trung-binh");
        assertThat(warnings.get(1).node().code()).isEqualTo("2.1");
        assertThat(warnings.get(1).value()).isEqualTo(30);
        assertThat(warnings.get(1).fullAt()).isEqualTo(50);
        assertThat(warnings.get(1).atStake()).isCloseTo(1.6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(unit(f, "b").warnings()).isEmpty();
    }

    @Test
    void aMergedUnitTakesItsPredecessorsValueThatEarnsTheFewestPoints() {
        String units = """
                code,name,group,validFrom,validTo,predecessors
                x,Xã X,commune,,2022-12-31,
                y,Xã Y,commune,,2022-12-31,
                m,Xã M,commune,2023-01-01,,x;y
                """;
        Periods periods = new Periods(units)
                .year(2022, Periods.POINTS, "x,1.1,yes", "x,1.2,2", "x,2.1,50", "y,1.1,no", "y,1.2,1")
                .year(2023, Periods.POINTS);
        Forecast f = Forecast.of(periods.bundle(), "2023", LocalDate.of(2023, 12, 31), Indicators.NONE);

        // 1.1 no (y's 0 < x's 2), 1.2 1 (y), 2.1 50 (only x has one): 0 + 1 + 4 of 8; B and D.1 unknown.
        assertThat(f.units()).extracting(u -> u.result().unit().code()).containsExactly("m");
        Forecast.UnitForecast m = unit(f, "m");
        assertThat(m.index()).isEqualTo(62.5);
        assertThat(m.unknown()).isEqualTo(2);
        assertThat(m.lastBand().code()).isEqualTo("trung-binh");   // the predecessors' mean, (100 + 12.5) / 2
        assertThat(f.leaves("m")).extracting(l -> l.origin()).containsOnly(Forecast.Origin.PREVIOUS,
                Forecast.Origin.UNKNOWN);
    }

    @Test
    void anEarlierAsOfDateTakesAnEarlierObservation() {
        Forecast f = Forecast.of(PERIODS.bundle(), "2023", LocalDate.of(2023, 3, 1), ONLINE);

        assertThat(unit(f, "a").index()).isCloseTo((2 + 0.8) / 8 * 100, org.assertj.core.api.Assertions.within(1e-9));
    }
}
