package org.parindex.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parindex.core.analysis.Forecast;
import org.parindex.core.analysis.Indicators;
import org.parindex.core.analysis.WhatIf;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Rule;
import org.parindex.core.problem.Problems;

/**
 * The analyses on national data (3,321 units × 150 leaves): a forecast against {@code Engine.score} on the same
 * data, and one what-if. Run: {@code java -jar bench/target/benchmarks.jar Analysis}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBenchmark {

    /**
     * The national period, complete (what {@code Engine.score} gets), and the same period open: 60 % of its rows
     * given so far (self-assessment), last period's final rows for half of the rest, the others unknown.
     */
    @State(Scope.Benchmark)
    public static class National {
        ScoreSheet complete;
        PeriodResult result;
        Forecast.Sources sources;
        WhatIf whatIf;
        String unit;
        Map<String, String> change;
        ScoreSheet forecastSheet;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticPeriod data = SyntheticPeriod.generate(SyntheticPeriod.NATIONAL_UNITS,
                    SyntheticPeriod.NATIONAL_LEAVES);
            Plan plan = new Plan(data.framework());
            complete = EngineBenchmark.bindChecked(plan, data.period(), data.unitsByCode());
            result = Engine.score(complete);
            sources = open(data, plan);
            whatIf = WhatIf.of(complete, result);
            unit = result.ranking().get(result.size() / 2).unit().code();
            change = Map.of(firstYesNo(data), "yes");
            forecastSheet = Forecast.compute(sources, LocalDate.of(2025, 6, 30)).result().sheet();
        }
    }

    static Forecast.Sources open(SyntheticPeriod data, Plan plan) {
        Period full = data.period();
        List<ScoreRow> now = new ArrayList<>();
        List<ScoreRow> before = new ArrayList<>();
        for (ScoreRow r : full.rows()) {
            int h = Math.floorMod((r.unit() + "/" + r.node()).hashCode(), 10);
            if (h < 6) {
                now.add(new ScoreRow(r.unit(), r.node(), r.value(), r.note(), Stage.SELF, r.evidence(), r.line()));
            }
            if (h % 2 == 0 || h == 7) {
                before.add(r);
            }
        }
        Period open = new Period("2025", "2025", full.frameworkPath(), full.framework(), full.scoresPath(), now, null,
                null, null);
        Period last = new Period("2024", "2024", full.frameworkPath(), full.framework(), full.scoresPath(), before,
                null, null, null);
        Problems problems = new Problems();
        List<ScoreSheet> stages = new ArrayList<>();
        for (Stage stage : List.of(Stage.FINAL, Stage.APPRAISAL1, Stage.SELF)) {
            stages.add(ScoreSheet.bind(plan, open, data.unitsByCode(), stage, problems));
        }
        PeriodResult previous = Engine.score(ScoreSheet.bind(new Plan(full.framework()), last, data.unitsByCode(),
                Stage.FINAL, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.list().get(0).toString());
        }
        return new Forecast.Sources(plan, data.units(), stages, previous, data.unitsByCode(), Indicators.NONE);
    }

    static String firstYesNo(SyntheticPeriod data) {
        for (Node n : data.framework().allNodes()) {
            if (n.isLeaf() && n.rule() instanceof Rule.YesNo && n.unitGroups().isEmpty()) {
                return n.code();
            }
        }
        throw new IllegalStateException("no yes/no leaf");
    }

    /** The baseline: scoring the complete period. */
    @Benchmark
    public PeriodResult nationalEngine(National s) {
        return Engine.score(s.complete);
    }

    /** The engine on the sheet the forecast builds (10 % of the cells unknown, many more without a value). */
    @Benchmark
    public PeriodResult nationalEngineOnForecastSheet(National s) {
        return Engine.score(s.forecastSheet);
    }

    /** Every leaf of every unit resolved (row by stage, last period, unknown), scored, ranked and bounded. */
    @Benchmark
    public Forecast nationalForecast(National s) {
        return Forecast.compute(s.sources, LocalDate.of(2025, 6, 30));
    }

    /** One unit re-scored with one value changed and ranked among the others. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WhatIf.Outcome nationalWhatIf(National s) {
        return s.whatIf.apply(s.unit, s.change);
    }
}
