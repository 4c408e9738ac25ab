package org.parindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.problem.Problems;

/**
 * The forecast against the obvious computation on random small periods: each cell resolved by hand (indicator, latest
 * stage, last period, else unknown), written as rows and scored by {@code Engine.score} three times: unknown leaves
 * missing (the forecast), unknown deductions at their cap (the low bound), unknown scored and bonus leaves at full
 * points (the high bound); and where each cell came from. Twice: rows in any stage for any unit, and the common case
 * of an open period (self-assessment rows only, every unit in both periods, so last period's leaves are layered under
 * the stage rather than copied).
 */
class ForecastProperties {

    private static final List<String> UNITS = List.of("a", "b", "c", "d", "t");
    private static final List<String> LEAVES = List.of("1.1", "1.2", "2.1", "B", "D.1", "3.1", "3.2", "3.3");
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    /**
     * {@link Periods#POINTS} and a field 3: a yes/no that NA gives full points, a choice whose first option earns 2
     * and tiers where lower is better (both give points at 0.0, the value a cell without one holds).
     */
    private static final String FRAMEWORK = Periods.POINTS + """
              - code: "3"
                name: Công khai
                children:
                  - { code: "3.1", name: Có quy chế, max: 1, notApplicable: full, rule: { type: yesno } }
                  - { code: "3.2", name: Niêm yết, max: 2, rule: { type: choice, options: [ { code: du, label: Đủ, points: 2 }, { code: thieu, label: Thiếu, points: 0.5 } ] } }
                  - { code: "3.3", name: Trễ hạn, max: 1, rule: { type: tiers, tiers: [ { atMost: 0, points: 1 }, { atMost: 2, points: 0.5 } ] } }
            """;
    private static final String TOWN_ONLY = FRAMEWORK.replace("max: 2, rule: { type: manual, step: 0.5 } }",
            "max: 2, rule: { type: manual, step: 0.5 }, unitGroups: [town] }");

    @Property(tries = 300)
    void theForecastAndItsBoundsAreThoseOfTheResolvedSheetsScoredByTheEngine(@ForAll long seed) {
        check(new Random(seed), false);
    }

    @Property(tries = 300)
    void soAreThoseOfAnOpenPeriodWithSelfAssessmentRowsOnly(@ForAll long seed, @ForAll boolean observed,
                                                           @ForAll boolean townOnly) {
        Forecast forecast = check(new Random(seed), true, observed, townOnly);
        assertThat(forecast.result().sheet().isLayered()).isTrue();
    }

    private static Forecast check(Random random, boolean open) {
        return check(random, open, true, false);
    }

    /**
     * {@code open}: self-assessment rows only, every unit with a row in both periods; {@code observed}: the
     * indicator may have observations; {@code townOnly}: item 1.2 is for the town (unit t) only.
     */
    private static Forecast check(Random random, boolean open, boolean observed, boolean townOnly) {
        String framework = townOnly ? TOWN_ONLY : FRAMEWORK;
        List<String> last = new ArrayList<>();
        List<String> now = new ArrayList<>();
        Map<String, String> lastValue = new LinkedHashMap<>();     // unit/leaf -> value
        Map<String, String> nowValue = new LinkedHashMap<>();      // unit/leaf -> latest stage's value
        List<Observation> observations = new ArrayList<>();
        Map<String, String> indicator = new LinkedHashMap<>();     // unit -> latest value on or before AS_OF
        for (String unit : UNITS) {
            String lastSure = open ? "1.1" : "";   // a row in each period
            String nowSure = open ? LEAVES.get(random.nextInt(LEAVES.size())) : "";
            nowSure = forUnit(townOnly, unit, nowSure) ? nowSure : "1.1";
            for (String leaf : LEAVES) {
                if (!forUnit(townOnly, unit, leaf)) {
                    continue;
                }
                if (random.nextInt(3) > 0 || leaf.equals(lastSure)) {
                    String v = value(leaf, random);
                    last.add(unit + "," + leaf + "," + v);
                    lastValue.put(unit + "/" + leaf, v);
                }
                for (Stage stage : open ? List.of(Stage.SELF) : List.of(Stage.SELF, Stage.APPRAISAL1, Stage.FINAL)) {
                    if (random.nextInt(3) == 0 || leaf.equals(nowSure)) {
                        String v = value(leaf, random);
                        now.add(unit + "," + leaf + "," + v + ",," + stage.code());
                        nowValue.put(unit + "/" + leaf, v);   // stages in order self, appraisal1, final: latest wins
                    }
                }
            }
            LocalDate latest = null;
            for (int k = observed ? random.nextInt(3) : 0; k > 0; k--) {
                LocalDate day = LocalDate.of(2023, 1 + random.nextInt(12), 1 + random.nextInt(28));
                String v = String.valueOf(random.nextInt(61));
                if (observations.stream().noneMatch(o -> o.unit().equals(unit) && o.date().equals(day))) {
                    observations.add(new Observation(unit, "online", day, v, "portal"));
                    if (!day.isAfter(AS_OF) && (latest == null || day.isAfter(latest))) {
                        latest = day;
                        indicator.put(unit, v);
                    }
                }
            }
        }
        Bundle bundle = new Periods().year(2022, framework, last.toArray(String[]::new))
                .year(2023, framework, now.toArray(String[]::new)).bundle();
        Forecast forecast = Forecast.of(bundle, "2023", AS_OF, Indicators.of(observations));

        List<String> forecastRows = new ArrayList<>();
        List<String> lowRows = new ArrayList<>();
        List<String> highRows = new ArrayList<>();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        Map<String, Forecast.Origin> origins = new LinkedHashMap<>();
        for (String unit : UNITS) {
            boolean takesPart = now.stream().anyMatch(r -> r.startsWith(unit + ","))
                    || last.stream().anyMatch(r -> r.startsWith(unit + ","));
            if (!takesPart) {
                continue;
            }
            unknown.put(unit, 0);
            for (String leaf : LEAVES) {
                if (!forUnit(townOnly, unit, leaf)) {
                    continue;
                }
                boolean fed = leaf.equals("2.1") && indicator.containsKey(unit);
                String v = fed ? indicator.get(unit)
                        : nowValue.getOrDefault(unit + "/" + leaf, lastValue.get(unit + "/" + leaf));
                Forecast.Origin origin = fed ? Forecast.Origin.INDICATOR
                        : nowValue.containsKey(unit + "/" + leaf) ? Forecast.Origin.ROW
                        : v != null ? Forecast.Origin.PREVIOUS : Forecast.Origin.UNKNOWN;
                origins.put(unit + "/" + leaf, origin);
                if (v != null) {
                    String row = unit + "," + leaf + "," + v;
                    forecastRows.add(row);
                    lowRows.add(row);
                    highRows.add(row);
                } else {
                    unknown.merge(unit, 1, Integer::sum);
                    if (leaf.equals("D.1")) {
                        lowRows.add(unit + ",D.1,2");   // 2 occurrences × 0.5: the deduction's cap of 1
                    } else {
                        highRows.add(unit + "," + leaf + "," + full(leaf));
                    }
                }
            }
        }
        PeriodResult expected = score(framework, forecastRows);
        PeriodResult low = score(framework, lowRows);
        PeriodResult high = score(framework, highRows);

        assertThat(forecast.result().unitCodes()).containsExactlyInAnyOrderElementsOf(unknown.keySet());
        for (String unit : unknown.keySet()) {
            Forecast.UnitForecast f = forecast.unit(unit).orElseThrow();
            assertThat(f.index()).as(unit).isCloseTo(expected.unit(unit).orElseThrow().index(), within(1e-9));
            assertThat(f.result().rank()).as(unit).isEqualTo(expected.unit(unit).orElseThrow().rank());
            assertThat(f.low()).as(unit + " low").isCloseTo(low.unit(unit).orElseThrow().index(), within(1e-9));
            assertThat(f.high()).as(unit + " high").isCloseTo(high.unit(unit).orElseThrow().index(), within(1e-9));
            assertThat(f.unknown()).as(unit + " unknown").isEqualTo(unknown.get(unit));
            assertThat(f.result().missing()).as(unit + " missing")
                    .isEqualTo(expected.unit(unit).orElseThrow().missing());
            for (Forecast.LeafForecast leaf : forecast.leaves(unit)) {
                String cell = unit + "/" + leaf.value().node().code();
                assertThat(leaf.origin()).as(cell).isEqualTo(origins.get(cell));
                assertThat(leaf.value().points()).as(cell)
                        .isEqualTo(expected.unit(unit).orElseThrow().node(leaf.value().node().code()).points());
            }
        }
        return forecast;
    }

    private static String value(String leaf, Random random) {
        return switch (leaf) {
            case "1.1" -> random.nextBoolean() ? "yes" : "no";
            case "1.2" -> String.valueOf(random.nextInt(5) / 2.0);
            case "2.1" -> random.nextInt(5) == 0 ? "NA" : String.valueOf(random.nextInt(61));
            case "B" -> String.valueOf(random.nextInt(3) / 2.0);
            case "3.1" -> List.of("yes", "no", "NA").get(random.nextInt(3));
            case "3.2" -> random.nextBoolean() ? "du" : "thieu";
            case "3.3" -> String.valueOf(random.nextInt(4));
            default -> String.valueOf(random.nextInt(4));
        };
    }

    private static String full(String leaf) {
        return switch (leaf) {
            case "1.1" -> "yes";
            case "1.2" -> "2";
            case "2.1" -> "50";
            case "B" -> "1";
            case "3.1" -> "yes";
            case "3.2" -> "du";
            default -> "0";
        };
    }

    private static boolean forUnit(boolean townOnly, String unit, String leaf) {
        return !townOnly || !leaf.equals("1.2") || unit.equals("t");
    }

    private static PeriodResult score(String framework, List<String> rows) {
        Bundle bundle = new Periods().year(2023, framework, rows.toArray(String[]::new)).bundle();
        Period period = bundle.period("2023").orElseThrow();
        Problems problems = new Problems();
        ScoreSheet sheet = ScoreSheet.bind(new Plan(period.framework()), period, bundle.unitsByCode(), Stage.FINAL,
                problems);
        assertThat(problems.list()).isEmpty();
        return Engine.score(sheet);
    }
}
