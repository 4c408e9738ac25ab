package org.parindex.bench;

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
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.framework.Framework;
import org.parindex.core.problem.Problems;

/**
 * The scoring engine against the physical floor (a loop that only adds up the same leaf points), binding the score
 * rows, and the national case end to end. Run: {@code java -jar bench/target/benchmarks.jar}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    /** A period at the scale: 10,000 units × 300 leaves, about 3 million score rows. */
    @State(Scope.Benchmark)
    public static class Large {
        Framework framework;
        Period period;
        Map<String, Unit> unitsByCode;
        Plan plan;
        ScoreSheet sheet;
        double[] leafPoints;
        int leaves;
        double[] unitPoints;
        ColumnarPrototype columnar;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticPeriod data = SyntheticPeriod.generate(SyntheticPeriod.DEFAULT_UNITS, SyntheticPeriod.DEFAULT_LEAVES);
            framework = data.framework();
            period = data.period();
            unitsByCode = data.unitsByCode();
            plan = new Plan(framework);
            sheet = bindChecked(plan, period, unitsByCode);
            leafPoints = data.leafPoints();
            leaves = data.leafCount();
            unitPoints = new double[data.units().size()];
            columnar = new ColumnarPrototype(framework, data.units(), period.rows());
        }
    }

    /** Vietnam's communes today against a national-size framework: 3,321 units × 150 leaves (~500k rows). */
    @State(Scope.Benchmark)
    public static class National {
        Framework framework;
        Period period;
        Map<String, Unit> unitsByCode;
        ScoreSheet sheet;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticPeriod data = SyntheticPeriod.generate(SyntheticPeriod.NATIONAL_UNITS,
                    SyntheticPeriod.NATIONAL_LEAVES);
            framework = data.framework();
            period = data.period();
            unitsByCode = data.unitsByCode();
            sheet = bindChecked(new Plan(framework), period, unitsByCode);
        }
    }

    static ScoreSheet bindChecked(Plan plan, Period period, Map<String, Unit> unitsByCode) {
        Problems problems = new Problems();
        ScoreSheet sheet = ScoreSheet.bind(plan, period, unitsByCode, Stage.FINAL, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("synthetic period does not bind: " + problems.list().get(0));
        }
        return sheet;
    }

    /** (a) The engine on a bound sheet: every node of every unit, the index, and the ranking. */
    @Benchmark
    public PeriodResult engineScore(Large s) {
        return Engine.score(s.sheet);
    }

    /** (b) The floor: add up the precomputed points of every leaf, per unit. */
    @Benchmark
    public double[] rawLoop(Large s) {
        double[] points = s.leafPoints;
        double[] out = s.unitPoints;
        int leaves = s.leaves;
        for (int u = 0, at = 0; u < out.length; u++) {
            double sum = 0;
            for (int l = 0; l < leaves; l++, at++) {
                sum += points[at];
            }
            out[u] = sum;
        }
        return out;
    }

    /** (c) Binding: every row looked up, parsed and checked against the framework and the units. */
    @Benchmark
    public ScoreSheet bind(Large s) {
        return ScoreSheet.bind(s.plan, s.period, s.unitsByCode, Stage.FINAL, new Problems());
    }

    /** The national case end to end from the rows, as {@code parindex score} does after reading: compile, bind, score. */
    @Benchmark
    public PeriodResult nationalEndToEnd(National s) {
        Plan plan = new Plan(s.framework);
        return Engine.score(ScoreSheet.bind(plan, s.period, s.unitsByCode, Stage.FINAL, new Problems()));
    }

    /** The national case, engine only. */
    @Benchmark
    public PeriodResult nationalEngine(National s) {
        return Engine.score(s.sheet);
    }

    /**
     * Not the engine: the same node arithmetic done leaf-major (see {@link ColumnarPrototype}), to show what a
     * column-wise engine could reach. No ranking.
     */
    @Benchmark
    public double[] columnarPrototype(Large s) {
        return s.columnar.score();
    }
}
