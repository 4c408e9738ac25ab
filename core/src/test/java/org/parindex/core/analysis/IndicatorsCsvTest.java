package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.io.IndicatorsCsv;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;

/** The indicator file of a period: read with provenance, every problem as file:line: message. */
class IndicatorsCsvTest {

    static final Bundle BUNDLE = new Periods().year(2023, Periods.POINTS, "a,1.1,yes").bundle();

    private static List<Observation> parse(String text, Problems problems) {
        return IndicatorsCsv.parse(text, "indicators/2023.csv", BUNDLE.periods().get(0), BUNDLE.unitsByCode(), problems);
    }

    @Test
    void readsTheRowsAndTheLatestOnOrBeforeADateWins() {
        Problems problems = new Problems();
        List<Observation> read = parse("""
                unit,indicator,date,value,source,numerator,denominator
                a,online,2023-03-31,20,Cổng DVC,100,500
                a,online,2023-06-30,30,Cổng DVC,,
                a,online,2023-06-30,30,Cổng DVC,,
                """, problems);

        assertThat(problems.list()).isEmpty();
        assertThat(read).hasSize(2);   // the same value twice is one observation
        Indicators indicators = Indicators.of(read);
        assertThat(indicators.latest("online", "a", LocalDate.of(2023, 5, 1)).orElseThrow().value()).isEqualTo("20");
        assertThat(indicators.latest("online", "a", LocalDate.of(2023, 12, 31)).orElseThrow().source()).isEqualTo("Cổng DVC");
        assertThat(indicators.latest("online", "a", LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(IndicatorsCsv.write(read)).isEqualTo("unit,indicator,date,value,source,numerator,denominator\r\n"
                + "a,online,2023-03-31,20,Cổng DVC,100,500\r\na,online,2023-06-30,30,Cổng DVC,,\r\n");
    }

    @Test
    void everyProblemIsNamedWithItsLine() {
        Problems problems = new Problems();
        parse("""
                unit,indicator,date,value,source,numerator,denominator
                zz,online,2023-03-31,20,portal,,
                a,offline,2023-03-31,20,portal,,
                a,online,2024-01-01,20,portal,,
                a,online,31/3/2023,20,portal,,
                a,online,2023-03-31,120,portal,,
                a,online,2023-04-30,20,portal,1,0
                a,online,2023-05-31,20,portal,1,4
                a,online,2023-06-30,many,portal,,
                a,online,2023-07-31,20,portal,,
                a,online,2023-07-31,25,portal,,
                """, problems);

        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "indicators/2023.csv:2: unknown unit \"zz\" (not in units.csv)",
                "indicators/2023.csv:3: unknown indicator \"offline\" (no item of framework t has source indicator:offline)",
                "indicators/2023.csv:4: date 2024-01-01 is outside period 2023 (2023-01-01 to 2023-12-31)",
                "indicators/2023.csv:5: \"31/3/2023\" is not a date (write YYYY-MM-DD)",
                "indicators/2023.csv:6: rate 120 of indicator online outside 0..100",
                "indicators/2023.csv:7: denominator 0",
                "indicators/2023.csv:8: value 20 is not numerator / denominator = 1 / 4 × 100",
                "indicators/2023.csv:9: indicator online (item 2.1): \"many\" is not a number",
                "indicators/2023.csv:11: unit a, indicator online, date 2023-07-31 has value 25 here and 20 on line 10");
    }
}
